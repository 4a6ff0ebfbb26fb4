package io.capacity.planner.inventory;

import java.util.Objects;

/**
 * A cluster's network uplink, billed on the 95th percentile of its 5-minute usage.
 *
 * @param id               uplink name
 * @param capacityMbps     committed port capacity
 * @param ratePerMbpsMonth price per Mbps of 95th-percentile usage per month
 */
public record Uplink(String id, double capacityMbps, double ratePerMbpsMonth) {
    public Uplink {
        Objects.requireNonNull(id, "id");
        if (!(capacityMbps > 0)) {
            throw new IllegalArgumentException("uplink " + id + ": capacityMbps must be positive, got "
                    + capacityMbps);
        }
        if (!(ratePerMbpsMonth >= 0)) {
            throw new IllegalArgumentException("uplink " + id + ": ratePerMbpsMonth must be non-negative, got "
                    + ratePerMbpsMonth);
        }
    }
}
