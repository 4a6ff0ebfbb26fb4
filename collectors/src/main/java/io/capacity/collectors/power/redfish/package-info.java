/**
 * Redfish power: the chassis that carry power are discovered once (and again after errors) through each computer
 * system's {@code Links.Chassis}, contained chassis left out ({@code PowerChassis}); then each chassis's
 * {@code EnvironmentMetrics} ({@code PowerWatts.Reading}) and {@code PowerSubsystem} are read, with the legacy
 * {@code Power} ({@code PowerControl[]}) filling what they lack or standing alone. Vendors differ in which of these
 * they implement and which fields they fill, so every field is optional and a chassis that yields nothing is simply
 * skipped. Written as Telegraf's {@code redfish_power_powercontrol}.
 */
package io.capacity.collectors.power.redfish;
