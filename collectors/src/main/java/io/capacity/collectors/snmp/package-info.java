/**
 * Switch and router port bandwidth over SNMP v2c or v3 (USM authPriv), with numeric IF-MIB OIDs because the MIB
 * files are not installable everywhere. Raw 64-bit counters are written as Telegraf's {@code interface} table,
 * and {@link io.capacity.collectors.snmp.CounterRate} derives bytes-per-second fields between polls with the
 * device's own {@code sysUpTime} as the clock, so counter wraps, counter resets and device reboots never show
 * up as spikes.
 */
package io.capacity.collectors.snmp;
