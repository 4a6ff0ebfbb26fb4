package io.capacity.app.pipeline.cluster;

import io.capacity.app.capacity.RunCapacity;
import java.time.Instant;
import java.util.List;

/**
 * The per-cluster part of one pipeline run.
 *
 * @param started     the run's clock time (forecasts issued and plan points stamped at it)
 * @param wallSeconds its wall time
 * @param clusters    one outcome per cluster of the inventory, by id
 * @param capacity    the clusters' capacity as the run assessed it, for requests that ask the same; null when the
 *                    inventory did not read
 */
public record ClusterRun(Instant started, double wallSeconds, List<ClusterOutcome> clusters, RunCapacity capacity) {
    public ClusterRun {
        clusters = List.copyOf(clusters);
    }

    /** A run that assessed no capacity. */
    public ClusterRun(Instant started, double wallSeconds, List<ClusterOutcome> clusters) {
        this(started, wallSeconds, clusters, null);
    }

    /** Clusters whose capacity was assessed. */
    public int assessed() {
        return (int) clusters.stream().filter(c -> c.capacity() != null).count();
    }

    public int planned() {
        return (int) clusters.stream().filter(ClusterOutcome::planned).count();
    }

    public int failed() {
        return clusters.size() - planned();
    }

    public String summary() {
        return String.format("cluster plans at %s: %d of %d clusters planned, %d failed; capacity of %d assessed; "
                + "%.1f s wall", started, planned(), clusters.size(), failed(), assessed(), wallSeconds);
    }
}
