package io.capacity.app.capacity;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A cluster's capacity in every dimension with data, and the most constrained one: the first whose band crosses
 * its usable capacity, or when none crosses within the horizon the one with the least headroom (as a fraction).
 */
public record ClusterCapacity(String cluster, List<DimensionCapacity> dimensions) {
    public ClusterCapacity {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("cluster " + cluster + ": no dimension to assess");
        }
    }

    public DimensionCapacity mostConstrained() {
        Comparator<DimensionCapacity> byTime = Comparator.comparing(
                d -> d.timeRemaining().orElse(Duration.ofSeconds(Long.MAX_VALUE)));
        return dimensions.stream().min(byTime.thenComparingDouble(DimensionCapacity::headroomFraction)).orElseThrow();
    }
}
