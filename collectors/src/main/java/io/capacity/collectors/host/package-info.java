/**
 * The local host through OSHI, written as Telegraf's {@code cpu}, {@code mem}, {@code diskio}, {@code net} and
 * {@code system} measurements. OSHI objects are created once and refreshed in place each tick; hardware lists
 * (disks, NICs) are re-enumerated only every {@code rediscoverEvery} ticks to pick up hot-plugged devices.
 */
package io.capacity.collectors.host;
