/**
 * Power control through a host's BMC, for carrying out an approved action plan: read the host's power state, ask
 * for a graceful shutdown or a power-on. {@link io.capacity.collectors.power.control.RedfishPowerControl} POSTs the
 * system's {@code #ComputerSystem.Reset} action (its target read from the resource);
 * {@link io.capacity.collectors.power.control.IpmiPowerControl} runs {@code ipmitool chassis power soft|on|status}.
 * {@link io.capacity.collectors.power.control.Bmcs} finds a host's BMC among the collectors' targets
 * (docs/collectors.md, "Power control"). Nothing here waits for the state to change: the caller polls.
 */
package io.capacity.collectors.power.control;
