package io.capacity.app.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A cluster's capacity in every dimension with data, and the most constrained one: the first whose band crosses
 * its usable capacity, or when none crosses within the horizon the one with the least headroom (as a fraction).
 *
 * @param computedAt when it was assessed (the forecasts' time): a cached answer says how old it is
 */
public record ClusterCapacity(String cluster, List<DimensionCapacity> dimensions, Instant computedAt) {
    /** Clusters by conservative time remaining (none within the horizon last), then by headroom fraction. */
    public static final Comparator<ClusterCapacity> MOST_URGENT_FIRST = Comparator.comparing(
            c -> c.mostConstrained(), DimensionCapacity.MOST_URGENT_FIRST);

    public ClusterCapacity {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("cluster " + cluster + ": no dimension to assess");
        }
    }

    public DimensionCapacity mostConstrained() {
        return dimensions.stream().min(DimensionCapacity.MOST_URGENT_FIRST).orElseThrow();
    }

    /** The cluster's criticality: its most constrained dimension's, the worst of them. */
    public Criticality criticality() {
        return mostConstrained().criticality();
    }

    /** The conservative time remaining of the most constrained dimension; empty when none runs out in the horizon. */
    public java.util.Optional<Duration> timeRemaining() {
        return mostConstrained().timeRemaining();
    }
}
