package io.capacity.bench.collect;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples heap use on a daemon thread while a benchmark runs. "Used" alone mostly reflects how lazily the
 * collector runs; the heap left right after each collection (from GC notifications, all pools, so G1's young-only
 * collections count too) is what the agent really holds, so both are reported, with GC count and time.
 */
final class HeapWatch implements AutoCloseable {
    private final Thread thread;
    private final long gcCount0 = gcCount();
    private final long gcMillis0 = gcMillis();
    private volatile boolean running = true;
    private long samples;
    private double usedSum;
    private long usedMax;
    private long afterGcMax;

    private final NotificationListener afterGcListener = this::afterGc;

    HeapWatch(long periodMillis) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(afterGcListener, null, null);
        }
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        samples++;
        usedSum += used;
        usedMax = Math.max(usedMax, used);
    }

    // Non-heap pools (metaspace, code cache) appear here too; they are not what the agent's data costs.
    private synchronized void afterGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long total = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(e.getKey())) {
                total += e.getValue().getUsed();
            }
        }
        afterGcMax = Math.max(afterGcMax, total);
    }

    private static boolean isHeapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        sample();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(afterGcListener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }

    /** key=value lines for the script; sizes in MiB. */
    synchronized String report() {
        double mib = 1 << 20;
        return String.format("heap_max_mib=%.0f%nheap_used_mean_mib=%.1f%nheap_used_peak_mib=%.1f%n"
                        + "heap_after_gc_peak_mib=%.1f%ngc_count=%d%ngc_ms=%d%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / mib, usedSum / samples / mib,
                usedMax / mib, afterGcMax / mib, gcCount() - gcCount0, gcMillis() - gcMillis0);
    }
}
