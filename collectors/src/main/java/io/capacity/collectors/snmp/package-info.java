/**
 * Switch and router port bandwidth over SNMP v2c or v3 (USM authPriv), with numeric IF-MIB OIDs because the MIB
 * files are not installable everywhere. Raw counters are written as Telegraf's {@code interface} table (the 64-bit
 * ifXTable ones, or ifTable's 32-bit ones for ports without them), and
 * {@link io.capacity.collectors.snmp.CounterRate} derives bytes-per-second fields between polls with the device's
 * own {@code sysUpTime} as the clock, so counter wraps, counter resets, discontinuities and device reboots never
 * show up as spikes.
 */
package io.capacity.collectors.snmp;
