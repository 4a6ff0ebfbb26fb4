package io.capacity.planner.inventory;

import java.util.List;
import java.util.Objects;

/**
 * A group of hosts sharing demand, a power budget and uplinks.
 *
 * @param id               cluster name
 * @param powerBudgetWatts rack/PDU budget for the cluster's IT load; infinite when not set
 * @param uplinks          network uplinks (may be empty)
 */
public record Cluster(String id, double powerBudgetWatts, List<Uplink> uplinks) {
    public Cluster {
        Objects.requireNonNull(id, "id");
        uplinks = List.copyOf(uplinks);
        if (!(powerBudgetWatts > 0)) {
            throw new IllegalArgumentException("cluster " + id + ": powerBudgetWatts must be positive, got "
                    + powerBudgetWatts);
        }
    }

    public double uplinkCapacityMbps() {
        return uplinks.stream().mapToDouble(Uplink::capacityMbps).sum();
    }
}
