package io.capacity.app.pipeline.cluster;

import java.time.Instant;
import java.util.List;

/**
 * The per-cluster part of one pipeline run.
 *
 * @param started     the run's clock time (forecasts issued and plan points stamped at it)
 * @param wallSeconds its wall time
 * @param clusters    one outcome per cluster of the inventory, by id
 */
public record ClusterRun(Instant started, double wallSeconds, List<ClusterOutcome> clusters) {
    public ClusterRun {
        clusters = List.copyOf(clusters);
    }

    public int planned() {
        return (int) clusters.stream().filter(ClusterOutcome::planned).count();
    }

    public int failed() {
        return clusters.size() - planned();
    }

    public String summary() {
        return String.format("cluster plans at %s: %d of %d clusters planned, %d failed; %.1f s wall", started,
                planned(), clusters.size(), failed(), wallSeconds);
    }
}
