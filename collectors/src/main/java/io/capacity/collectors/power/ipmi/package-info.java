/**
 * IPMI power through {@code ipmitool -I lanplus}: DCMI's {@code power reading} where the BMC implements it, else
 * the SDR's watts sensors that make up the host's power (the total sensor, else the supply inputs). Written as
 * Telegraf's {@code ipmi_sensor} with {@code metric_version = 1}: names lower-cased with spaces as underscores,
 * {@code unit=watts}, fields {@code value} and (SDR) {@code status}. The password reaches ipmitool through its
 * {@code IPMI_PASSWORD} environment variable ({@code -E}), never the command line that {@code ps} shows.
 */
package io.capacity.collectors.power.ipmi;
