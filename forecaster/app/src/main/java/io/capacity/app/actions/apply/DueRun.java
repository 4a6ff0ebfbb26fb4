package io.capacity.app.actions.apply;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One pass of {@link DueActions}.
 *
 * @param started     when it started (the injected clock)
 * @param wallSeconds how long it took
 * @param plans       the plans it applied (approved and not finished, or cancelled with a host to bring back)
 * @param outcomes    how many actions ended each way (every action of those plans, waiting ones as not_due)
 * @param failedPlans plans whose apply threw (logged; the next pass tries again)
 */
public record DueRun(Instant started, double wallSeconds, int plans, Map<Outcome, Integer> outcomes,
                     int failedPlans) {
    public DueRun {
        Objects.requireNonNull(started, "started");
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        m.putAll(outcomes);
        outcomes = Map.copyOf(m);
    }

    /** How many actions ended with {@code o}. */
    public int count(Outcome o) {
        return outcomes.getOrDefault(o, 0);
    }
}
