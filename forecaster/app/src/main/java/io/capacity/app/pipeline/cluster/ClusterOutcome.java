package io.capacity.app.pipeline.cluster;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.capacity.ClusterCapacity;
import java.util.Objects;

/**
 * What a run did with one cluster.
 *
 * @param forecasts demand forecasts written (one per dimension with data)
 * @param chosen    of those, how many the backtest chose in this run (the rest refit a cached choice)
 * @param scored    dimensions whose last-run forecast was scored against the summed actuals in this run
 * @param plan      the plan recorded; null when the cluster failed
 * @param reason    why it failed; null when planned
 * @param capacity  its capacity from the same demand fits over the capacity's horizon; null when it could not be
 *                  assessed (the plan may still have been made, and a plan that failed may have its capacity)
 */
public record ClusterOutcome(String cluster, int forecasts, int chosen, int scored, ActionPlan plan, String reason,
                             ClusterCapacity capacity) {
    public ClusterOutcome {
        Objects.requireNonNull(cluster, "cluster");
        if ((plan == null) == (reason == null)) {
            throw new IllegalArgumentException("cluster " + cluster + ": an outcome has a plan or a reason");
        }
    }

    /** An outcome without a capacity. */
    public ClusterOutcome(String cluster, int forecasts, int chosen, int scored, ActionPlan plan, String reason) {
        this(cluster, forecasts, chosen, scored, plan, reason, null);
    }

    public boolean planned() {
        return plan != null;
    }
}
