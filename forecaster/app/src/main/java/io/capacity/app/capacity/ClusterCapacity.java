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
 * @param source     who assessed it: the scheduled pipeline from its demand forecasts, or a request on demand
 */
public record ClusterCapacity(String cluster, List<DimensionCapacity> dimensions, Instant computedAt, Source source) {
    /** Who assessed a cluster. */
    public enum Source {
        /** The scheduled pipeline's run, from the demand forecasts it made for the plans. */
        PIPELINE,
        /** {@link AssessCapacity#run} for a request (kept a while by the {@link CapacityBoard}). */
        ON_DEMAND
    }

    /** Clusters by conservative time remaining (none within the horizon last), then by headroom fraction. */
    public static final Comparator<ClusterCapacity> MOST_URGENT_FIRST = Comparator.comparing(
            c -> c.mostConstrained(), DimensionCapacity.MOST_URGENT_FIRST);

    public ClusterCapacity {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("cluster " + cluster + ": no dimension to assess");
        }
        if (source == null) {
            throw new IllegalArgumentException("cluster " + cluster + ": say who assessed it");
        }
    }

    /** Assessed on demand. */
    public ClusterCapacity(String cluster, List<DimensionCapacity> dimensions, Instant computedAt) {
        this(cluster, dimensions, computedAt, Source.ON_DEMAND);
    }

    /** The same assessment, made by the scheduled pipeline. */
    public ClusterCapacity fromPipeline() {
        return new ClusterCapacity(cluster, dimensions, computedAt, Source.PIPELINE);
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
