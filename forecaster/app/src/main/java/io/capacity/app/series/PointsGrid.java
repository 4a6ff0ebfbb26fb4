package io.capacity.app.series;

import io.capacity.app.DurationText;
import io.capacity.app.RequestProblem;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The grid of a points read: the step when none is asked, and the bound on how many steps one read returns.
 *
 * <p>The default step is the smallest of {@link #LADDER} that is at least the series' own interval (the median
 * spacing of its raw points in the last day of the range, so windows are not mostly empty) and at least the range
 * over {@link #TARGET_POINTS} (so a long range stays a readable number of points, as Grafana's interval does).
 */
public final class PointsGrid {
    /** Steps the default is chosen from. */
    public static final List<Duration> LADDER = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1),
            Duration.ofDays(7));
    /** About how many points the default step gives over the range. */
    public static final int TARGET_POINTS = 1000;
    /** The most steps one read may span. */
    public static final int MAX_POINTS = 10_000;

    private PointsGrid() {
    }

    /** The default step for {@code key} over [from, to). */
    public static Duration step(MetricStore store, SeriesKey key, Instant from, Instant to) {
        Duration floor = Duration.between(from, to).dividedBy(TARGET_POINTS);
        Instant recent = to.minus(Duration.ofDays(1));
        SeriesData raw = store.read(SeriesQuery.raw(key, recent.isAfter(from) ? recent : from, to));
        if (raw.size() > 1) {
            long[] gaps = new long[raw.size() - 1];
            for (int i = 1; i < raw.size(); i++) {
                gaps[i - 1] = raw.timeNanos(i) - raw.timeNanos(i - 1);
            }
            Arrays.sort(gaps);
            Duration own = Duration.ofNanos(gaps[gaps.length / 2]);
            floor = own.compareTo(floor) > 0 ? own : floor;
        }
        for (Duration d : LADDER) {
            if (d.compareTo(floor) >= 0) {
                return d;
            }
        }
        return LADDER.get(LADDER.size() - 1);
    }

    /** Refuses a request spanning more than {@link #MAX_POINTS} steps, saying how to narrow it. */
    public static void check(PointsRequest r) {
        long steps = Duration.between(r.from(), r.to()).dividedBy(r.step())
                + (Duration.between(r.from(), r.to()).toNanos() % r.step().toNanos() == 0 ? 0 : 1);
        if (steps > MAX_POINTS) {
            Duration enough = LADDER.stream().filter(d -> Duration.between(r.from(), r.to()).dividedBy(d) < MAX_POINTS)
                    .findFirst().orElse(Duration.between(r.from(), r.to()).dividedBy(MAX_POINTS - 1));
            throw RequestProblem.text("the range " + r.from() + " to " + r.to() + " is " + steps + " steps of "
                    + DurationText.of(r.step()) + "; at most " + MAX_POINTS + " are returned at once: give a larger"
                    + " {step} (" + DurationText.of(enough) + " or more) or a shorter range ({from}, {to})", true);
        }
    }
}
