/**
 * The local host through OSHI (and, on Linux, {@code /proc} for guest CPU time, MemFree, disk read/write times and
 * NIC transmit drops), written as Telegraf's {@code cpu}, {@code mem}, {@code diskio}, {@code disk}, {@code net}
 * and {@code system} measurements. OSHI objects are created once and refreshed in place each tick; hardware lists
 * (disks, mounts, NICs) are re-enumerated only every {@code rediscoverEvery} ticks to pick up hot-plugged devices.
 */
package io.capacity.collectors.host;
