package io.capacity.core.planner;

import io.capacity.core.series.TimeSeries;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one cluster's demand history of one dimension rests on: how much of it there is, and which of the hosts
 * asked for had none (their load is missing from the sum). The planner holds a cluster whose evidence is too thin
 * ({@link EvidenceRule}).
 *
 * @param values           finite values in the history
 * @param span             from the first to the last finite value, one step included
 * @param step             spacing of the history
 * @param hostsWithoutData hosts whose metrics were asked for and not found (empty for a cluster total, e.g. a file)
 */
public record DemandEvidence(int values, Duration span, Duration step, Set<String> hostsWithoutData) {
    public DemandEvidence {
        if (values < 0) {
            throw new IllegalArgumentException("values must be >= 0, got " + values);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(step, "step");
        hostsWithoutData = Set.copyOf(hostsWithoutData);
    }

    /** The evidence of a history series, with the hosts that had no data in it. */
    public static DemandEvidence of(TimeSeries history, Set<String> hostsWithoutData) {
        int first = -1;
        int last = -1;
        int n = 0;
        for (int i = 0; i < history.size(); i++) {
            if (Double.isFinite(history.value(i))) {
                first = first < 0 ? i : first;
                last = i;
                n++;
            }
        }
        Duration span = n == 0 ? Duration.ZERO : history.step().multipliedBy(last - first + 1L);
        return new DemandEvidence(n, span, history.step(), new TreeSet<>(hostsWithoutData));
    }
}
