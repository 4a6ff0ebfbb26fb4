package io.capacity.app.query;

import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A group's series summed per step. A member without a value at a step adds nothing there; a step where no member
 * has one stays NaN, so gap filling sees and reports it.
 */
final class GroupSum {
    private GroupSum() {
    }

    static TimeSeries sum(String id, List<TimeSeries> parts, Duration step, Instant from) {
        List<TimeSeries> some = parts.stream().filter(p -> p.size() > 0).toList();
        if (some.isEmpty()) {
            return new TimeSeries(id, from, step, new double[0]);
        }
        long stepNanos = step.toNanos();
        long start = some.stream().mapToLong(p -> nanos(p.start())).min().orElseThrow();
        long end = some.stream().mapToLong(p -> nanos(p.timeAt(p.size() - 1))).max().orElseThrow();
        double[] sum = new double[(int) ((end - start) / stepNanos) + 1];
        Arrays.fill(sum, Double.NaN);
        for (TimeSeries p : some) {
            int offset = (int) ((nanos(p.start()) - start) / stepNanos);
            for (int i = 0; i < p.size(); i++) {
                double v = p.value(i);
                if (Double.isFinite(v)) {
                    int at = offset + i;
                    sum[at] = Double.isNaN(sum[at]) ? v : sum[at] + v;
                }
            }
        }
        return new TimeSeries(id, Instant.ofEpochSecond(0, start), step, sum);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
