/**
 * The host power state its BMC reports, written each poll as {@code bmc_power_state} (docs/schema.md): on, standby
 * (host off, BMC answering, so it can be woken) or unreachable (the BMC gave no state: never counted as off).
 * {@link io.capacity.collectors.power.state.PowerStateSource} polls one BMC through a
 * {@link io.capacity.collectors.power.state.StateReader}: {@link io.capacity.collectors.power.state.IpmiStates}
 * ({@code ipmitool chassis power status}) or {@link io.capacity.collectors.power.state.RedfishStates} (each
 * computer system's {@code PowerState}). The agent runs one beside each BMC's power source (docs/collectors.md).
 */
package io.capacity.collectors.power.state;
