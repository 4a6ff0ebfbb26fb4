package io.capacity.bench.collect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU seconds the agent's own threads have used, by role. Unlike points/s this hardly depends on what else the
 * machine runs, so it is the figure to compare before and after a change on a shared box.
 */
final class ThreadCpu {
    private ThreadCpu() {
    }

    /** CPU nanoseconds of every live thread, to subtract what a warm-up's lingering threads had already used. */
    static Map<Long, Long> snapshot() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> m = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            m.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        return m;
    }

    /**
     * key=value lines: CPU seconds of the collecting threads and of delivery (sender plus HTTP client threads) since
     * {@code before}.
     */
    static String report(Map<Long, Long> before) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long collect = 0;
        long deliver = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long cpu = Math.max(0, threads.getThreadCpuTime(t.getThreadId()) - before.getOrDefault(t.getThreadId(), 0L));
            // The pollers (capacity-collect) and the timer that starts and cuts off their polls (capacity-schedule).
            if (t.getThreadName().startsWith("capacity-collect") || t.getThreadName().startsWith("capacity-schedule")) {
                collect += cpu;
            } else if (t.getThreadName().startsWith("capacity-delivery") || t.getThreadName().startsWith("HttpClient")) {
                deliver += cpu;
            }
        }
        return String.format("cpu_collect_s=%.3f%ncpu_deliver_s=%.3f%n", collect / 1e9, deliver / 1e9);
    }
}
