/**
 * IPMI power through {@code ipmitool -I lanplus}: DCMI's {@code power reading} where the BMC implements it, else
 * the SDR's sensors whose unit is watts. Written as Telegraf's {@code ipmi_sensor} (metric_version 2: lower-case
 * underscored sensor names, {@code unit=watts}, field {@code value}). The password reaches ipmitool through its
 * {@code IPMI_PASSWORD} environment variable ({@code -E}), never the command line that {@code ps} shows.
 */
package io.capacity.collectors.power.ipmi;
