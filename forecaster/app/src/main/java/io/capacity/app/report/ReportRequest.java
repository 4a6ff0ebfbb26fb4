package io.capacity.app.report;

import io.capacity.app.RequestProblem;
import io.capacity.app.capacity.CapacityThresholds;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The weekly capacity report for one week.
 *
 * @param inventory  the inventory YAML (clusters, hosts, costs); null: the sections that need it say so
 * @param week       the week; null for the last one that has ended ({@link ReportWeek#lastComplete})
 * @param cluster    one cluster only; null for every cluster of the inventory
 * @param zone       the zone weeks are read in (Monday 00:00 there)
 * @param thresholds when a cluster's time remaining is critical or a warning (the criticality colours)
 * @param reclaim    when a host is idle or held flat out
 */
public record ReportRequest(Path inventory, ReportWeek week, String cluster, ZoneId zone,
                            CapacityThresholds thresholds, ReclaimRules reclaim) {
    /** The last complete week in UTC, every cluster, the capacity thresholds' and reclaim rules' defaults. */
    public static final ReportRequest DEFAULTS = new ReportRequest(null, null, null, ZoneId.of("UTC"),
            CapacityThresholds.DEFAULTS, ReclaimRules.DEFAULTS);

    public ReportRequest {
        if (zone == null) {
            throw RequestProblem.of("zone", "must be given");
        }
        if (cluster != null && cluster.isBlank()) {
            throw RequestProblem.of("cluster", cluster, "expected a cluster id");
        }
        if (thresholds == null) {
            thresholds = CapacityThresholds.DEFAULTS;
        }
        if (reclaim == null) {
            reclaim = ReclaimRules.DEFAULTS;
        }
    }

    /** A zone id such as {@code UTC} or {@code Europe/Berlin}; a problem naming {@code zone} otherwise. */
    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw RequestProblem.of("zone", text, "expected a time zone such as UTC or Europe/Berlin");
        }
    }

    public ReportRequest with(Path inv, ReportWeek w, String c) {
        return new ReportRequest(inv, w, c, zone, thresholds, reclaim);
    }

    public ReportRequest withZone(ZoneId z) {
        return new ReportRequest(inventory, week, cluster, z, thresholds, reclaim);
    }

    public ReportRequest withThresholds(CapacityThresholds t) {
        return new ReportRequest(inventory, week, cluster, zone, t, reclaim);
    }
}
