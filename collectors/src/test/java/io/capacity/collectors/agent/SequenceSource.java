package io.capacity.collectors.agent;

import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A deterministic source for crash tests: point number n (from 0) is {@code kill_seq,run=R,series=s(n mod 4) v=n}
 * at {@link #BASE_NANOS} + n ms, so the values in InfluxDB are an exact checksum and a gap or a duplicate shows.
 * After each poll it tells {@code progress} how many points it has produced so far.
 */
final class SequenceSource implements Source {
    static final String MEASUREMENT = "kill_seq";
    static final long BASE_NANOS = 1_700_000_000_000_000_000L;

    private final String run;
    private final int perPoll;
    private final LongConsumer progress;
    private volatile long next;

    SequenceSource(String run, int perPoll, LongConsumer progress) {
        this.run = run;
        this.perPoll = perPoll;
        this.progress = progress;
    }

    @Override
    public String name() {
        return "sequence-" + run;
    }

    @Override
    public List<Point> collect(long timeNanos) {
        List<Point> out = new ArrayList<>(perPoll);
        for (int i = 0; i < perPoll; i++, next++) {
            out.add(Point.ofInteger(MEASUREMENT, Map.of("run", run, "series", "s" + next % 4), "v", next,
                    BASE_NANOS + next * 1_000_000L));
        }
        progress.accept(next);
        return out;
    }

    /** Points produced so far. */
    long produced() {
        return next;
    }
}
