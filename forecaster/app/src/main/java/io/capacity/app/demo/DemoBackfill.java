package io.capacity.app.demo;

import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the demo history the store lacks: from the history's start, or from the last step every host already has,
 * up to now, on a {@link #STEP} grid, in batches (in one transaction where the store has them). Points are pure
 * functions of (seed, host, time), so a step written twice holds the same values: a restart neither duplicates nor
 * changes history.
 */
public final class DemoBackfill {
    /** The backfill's grid: hourly plans and daily seasons need no finer, and 28 days of it write in seconds. */
    public static final Duration STEP = Duration.ofMinutes(15);
    static final int BATCH_POINTS = 50_000;

    /** What one backfill wrote. */
    public record Result(Instant from, Instant to, long steps, long points, Duration took) {
    }

    private DemoBackfill() {
    }

    /** Writes the missing steps in [history start, now]. */
    public static Result run(MetricStore store, DemoSignals signals, Instant now) {
        long started = System.nanoTime();
        DemoFleet fleet = signals.fleet();
        List<DemoFleet.Host> hosts = fleet.layout();
        Instant from = firstMissing(store, hosts, fleet.historyStart(), now);
        DemoPoints points = new DemoPoints(signals);
        List<Point> batch = new ArrayList<>(BATCH_POINTS + 8);
        long steps = 0;
        long written = 0;
        long stepNanos = STEP.toNanos();
        long end = toNanos(now);
        // One transaction where the store has them (embedded): a backfill cut short leaves nothing half-written.
        Optional<MetricStore.Transaction> tx = store.begin();
        try {
            for (long t = toNanos(from); t <= end; t += stepNanos) {
                for (DemoFleet.Host h : hosts) {
                    batch.addAll(points.at(h, t));
                }
                steps++;
                if (batch.size() >= BATCH_POINTS) {
                    store.write(batch);
                    written += batch.size();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                store.write(batch);
                written += batch.size();
            }
            tx.ifPresent(MetricStore.Transaction::commit);
        } finally {
            tx.ifPresent(MetricStore.Transaction::close);
        }
        return new Result(from, now, steps, written, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The first grid step after the last one every host has stored (a backfill cut short leaves some hosts behind),
     * or the history's start when a host has none.
     */
    static Instant firstMissing(MetricStore store, List<DemoFleet.Host> hosts, Instant historyStart, Instant now) {
        long last = Long.MAX_VALUE;
        for (DemoFleet.Host h : hosts) {
            SeriesData d = store.read(SeriesQuery.raw(cpuIdle(h), historyStart, now.plusNanos(1)));
            if (d.size() == 0) {
                return historyStart;
            }
            last = Math.min(last, d.timeNanos(d.size() - 1));
        }
        long start = toNanos(historyStart);
        long step = STEP.toNanos();
        long next = start + (Math.floorDiv(last - start, step) + 1) * step;
        return Instant.ofEpochSecond(0, next);
    }

    /** The key of a host's {@code cpu usage_idle}, the series the backfill's progress is read from. */
    static SeriesKey cpuIdle(DemoFleet.Host h) {
        TreeMap<String, String> tags = new TreeMap<>(DemoPoints.inventoryTags(h));
        tags.put("cpu", MetricSchema.CPU_TOTAL);
        return SeriesKey.of(MetricSchema.CPU.name(), Map.copyOf(tags), "usage_idle");
    }

    static long toNanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }
}
