package io.capacity.collectors.host;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.SortedMap;
import java.util.TreeMap;
import oshi.hardware.CentralProcessor.TickType;

/**
 * Turns two readings of cumulative CPU ticks into Telegraf's {@code usage_*} percentages: each state's share of
 * all ticks that passed between the two readings. OSHI does not report guest time separately, so
 * {@code usage_guest*} are not written.
 */
final class CpuTicks {
    private static final TickType[] TYPES = TickType.values();
    private static final String[] FIELDS = new String[TYPES.length];

    static {
        for (TickType t : TYPES) {
            FIELDS[t.ordinal()] = switch (t) {
                case USER -> "usage_user";
                case NICE -> "usage_nice";
                case SYSTEM -> "usage_system";
                case IDLE -> "usage_idle";
                case IOWAIT -> "usage_iowait";
                case IRQ -> "usage_irq";
                case SOFTIRQ -> "usage_softirq";
                case STEAL -> "usage_steal";
            };
        }
    }

    private CpuTicks() {
    }

    /** The point for one CPU, or null when no tick passed (or counters went backwards, e.g. CPU hot-unplug). */
    static Point usage(long[] previous, long[] current, SortedMap<String, String> tags, long timeNanos) {
        if (previous == null || previous.length != current.length) {
            return null;
        }
        long total = 0;
        long[] delta = new long[current.length];
        for (int i = 0; i < current.length; i++) {
            delta[i] = current[i] - previous[i];
            if (delta[i] < 0) {
                return null;
            }
            total += delta[i];
        }
        if (total == 0) {
            return null;
        }
        TreeMap<String, Number> fields = new TreeMap<>();
        for (int i = 0; i < TYPES.length && i < delta.length; i++) {
            fields.put(FIELDS[i], 100.0 * delta[i] / total);
        }
        return new Point(MetricSchema.CPU.name(), tags, fields, timeNanos);
    }
}
