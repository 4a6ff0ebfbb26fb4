/**
 * Redfish power: the service root's Chassis collection is discovered once (and again after errors), then each
 * chassis's {@code Power} ({@code PowerControl[]}), {@code PowerSubsystem} and {@code EnvironmentMetrics}
 * ({@code PowerWatts.Reading}) resources are read, whichever the BMC links. Vendors differ in which of these
 * they implement and which fields they fill, so every field is optional and a chassis that yields nothing is
 * simply skipped. Written as Telegraf's {@code redfish_power_powercontrol}.
 */
package io.capacity.collectors.power.redfish;
