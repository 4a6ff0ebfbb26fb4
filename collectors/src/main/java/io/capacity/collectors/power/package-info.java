/**
 * Power readings from baseboard management controllers: {@link io.capacity.collectors.power.redfish Redfish}
 * over HTTPS and {@link io.capacity.collectors.power.ipmi IPMI} through {@code ipmitool}. Host OSes in VMs see
 * no power sensors, so the BMC is the only source of watts.
 */
package io.capacity.collectors.power;
