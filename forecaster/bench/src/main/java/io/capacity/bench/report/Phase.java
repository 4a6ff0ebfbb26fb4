package io.capacity.bench.report;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * One measured phase of the benchmark: wall seconds, the process's CPU seconds (every thread, GC and JIT
 * included), the largest heap left after any collection during it (the live set while it worked, whatever the
 * collector's laziness), the heap still held once it ended (after a full collection, with its result referenced),
 * and the process's peak resident set so far ({@code VmHWM}: DuckDB's native memory counts there, not in the heap).
 */
final class Phase implements AutoCloseable {
    private static final double MIB = 1 << 20;
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private final String name;
    private final long wall0 = System.nanoTime();
    private final long cpu0 = cpuNanos();
    private final NotificationListener listener = this::afterGc;
    private volatile long afterGcPeak;
    private double wall;
    private double cpu;
    private long kept;

    Phase(String name) {
        this.name = name;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    private void afterGc(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            long used = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
                    .getMemoryUsageAfterGc().entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            afterGcPeak = Math.max(afterGcPeak, used);
        }
    }

    /** Ends the phase: its times first, then a full collection for the heap it leaves held. */
    @Override
    public void close() {
        wall = (System.nanoTime() - wall0) / 1e9;
        cpu = (cpuNanos() - cpu0) / 1e9;
        System.gc();
        kept = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // not registered: nothing to undo
            }
        }
    }

    /** key=value lines, sizes in MiB. */
    List<String> lines() {
        return List.of(name + "_wall=" + f(wall), name + "_cpu=" + f(cpu),
                name + "_heap_after_gc_peak_mib=" + String.format(Locale.ROOT, "%.0f", Math.max(afterGcPeak, kept) / MIB),
                name + "_heap_kept_mib=" + String.format(Locale.ROOT, "%.0f", kept / MIB),
                name + "_rss_peak_mib=" + String.format(Locale.ROOT, "%.0f", rssPeakKib() / 1024.0));
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The process's peak resident set in KiB ({@code VmHWM} of /proc/self/status); 0 where there is none. */
    private static long rssPeakKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the script's /usr/bin/time still gives the whole run's peak
        }
        return 0;
    }
}
