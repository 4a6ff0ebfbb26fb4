package io.capacity.planner.demand;

import io.capacity.core.series.TimeSeries;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one cluster's demand history of one dimension rests on: how much of it there is, and how much each of the
 * hosts asked for contributed (a host with less is load missing from the sum). The planner holds a cluster whose
 * evidence is too thin ({@link EvidenceRule}).
 *
 * @param values      finite values in the history
 * @param span        from the first to the last finite value, one step included
 * @param step        spacing of the history
 * @param hostHistory per host asked for, the span of its own data (zero: none); empty for a cluster total (a file)
 */
public record DemandEvidence(int values, Duration span, Duration step, Map<String, Duration> hostHistory) {
    public DemandEvidence {
        if (values < 0) {
            throw new IllegalArgumentException("values must be >= 0, got " + values);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(step, "step");
        hostHistory = Map.copyOf(hostHistory);
    }

    /** The evidence of a history series, with the history each host contributed to it. */
    public static DemandEvidence of(TimeSeries history, Map<String, Duration> hostHistory) {
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
        return new DemandEvidence(n, span, history.step(), new TreeMap<>(hostHistory));
    }

    /** The evidence of a history series whose hosts all contributed all of it but {@code hostsWithoutData}. */
    public static DemandEvidence of(TimeSeries history, Set<String> hostsWithoutData) {
        Map<String, Duration> h = new TreeMap<>();
        hostsWithoutData.forEach(x -> h.put(x, Duration.ZERO));
        return of(history, h);
    }

    /** Hosts asked for whose own history is shorter than {@code needed} (none at all included), sorted. */
    public Set<String> hostsShorterThan(Duration needed) {
        Set<String> out = new TreeSet<>();
        hostHistory.forEach((h, d) -> {
            if (d.compareTo(needed) < 0) {
                out.add(h);
            }
        });
        return out;
    }
}
