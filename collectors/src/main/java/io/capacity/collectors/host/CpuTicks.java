package io.capacity.collectors.host;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.SortedMap;
import java.util.TreeMap;
import oshi.hardware.CentralProcessor.TickType;

/**
 * Turns two readings of cumulative CPU ticks into Telegraf's {@code usage_*} percentages, as its cpu input computes
 * them: each state's share of the ticks that passed (user, nice, system, idle, iowait, irq, softirq, steal), where
 * the kernel counts guest time inside user (and guest_nice inside nice), so {@code usage_user} and
 * {@code usage_nice} exclude it and {@code usage_guest}/{@code usage_guest_nice} report it.
 *
 * <p>Readings are {@link LinuxProc#CPU_COLUMNS} columns in {@code /proc/stat}'s order; OSHI's ticks (no guest
 * columns, on systems without {@code /proc/stat}) are mapped into that order with guest 0.
 */
final class CpuTicks {
    private static final String[] FIELDS = {"usage_user", "usage_nice", "usage_system", "usage_idle", "usage_iowait",
            "usage_irq", "usage_softirq", "usage_steal", "usage_guest", "usage_guest_nice"};
    private static final int USER = 0;
    private static final int NICE = 1;
    private static final int STEAL = 7;
    private static final int GUEST = 8;
    private static final int GUEST_NICE = 9;

    private CpuTicks() {
    }

    /** OSHI's ticks in /proc/stat's order, guest 0. */
    static long[] fromOshi(long[] oshi) {
        long[] t = new long[LinuxProc.CPU_COLUMNS];
        for (TickType type : TickType.values()) {
            int i = switch (type) {
                case USER -> 0;
                case NICE -> 1;
                case SYSTEM -> 2;
                case IDLE -> 3;
                case IOWAIT -> 4;
                case IRQ -> 5;
                case SOFTIRQ -> 6;
                case STEAL -> 7;
            };
            t[i] = type.getIndex() < oshi.length ? oshi[type.getIndex()] : 0;
        }
        return t;
    }

    /** The point for one CPU, or null when no tick passed (or counters went backwards, e.g. CPU hot-unplug). */
    static Point usage(long[] previous, long[] current, SortedMap<String, String> tags, long timeNanos) {
        if (previous == null || previous.length != LinuxProc.CPU_COLUMNS
                || current.length != LinuxProc.CPU_COLUMNS) {
            return null;
        }
        long[] delta = new long[current.length];
        long total = 0;
        for (int i = 0; i < current.length; i++) {
            delta[i] = current[i] - previous[i];
            if (delta[i] < 0) {
                return null;
            }
            if (i <= STEAL) {
                total += delta[i];
            }
        }
        if (total == 0) {
            return null;
        }
        delta[USER] = Math.max(0, delta[USER] - delta[GUEST]);
        delta[NICE] = Math.max(0, delta[NICE] - delta[GUEST_NICE]);
        TreeMap<String, Number> fields = new TreeMap<>();
        for (int i = 0; i < FIELDS.length; i++) {
            fields.put(FIELDS[i], 100.0 * delta[i] / total);
        }
        return new Point(MetricSchema.CPU.name(), tags, fields, timeNanos);
    }
}
