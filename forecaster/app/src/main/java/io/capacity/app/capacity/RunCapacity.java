package io.capacity.app.capacity;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scheduled pipeline's latest run assessed: each cluster's capacity from the demand forecasts it made for
 * the plans ({@code app.pipeline.cluster.ClusterPlans}), and the settings it used, so a request asking the same can be
 * answered from it instead of forecasting again.
 *
 * @param request           the settings every cluster was assessed with (its cluster is null)
 * @param computedAt        the run's time
 * @param inventoryModified the inventory file's modification time when the run read it
 * @param clusters          the clusters assessed, by id (those that failed are absent)
 */
public record RunCapacity(CapacityRequest request, Instant computedAt, FileTime inventoryModified,
                          Map<String, ClusterCapacity> clusters) {
    public RunCapacity {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(inventoryModified, "inventoryModified");
        clusters = Collections.unmodifiableMap(new LinkedHashMap<>(clusters));
    }

    /**
     * Cluster {@code asked.cluster()}'s assessment when this run made it with the same settings from the same
     * inventory file (not modified since) and it is younger than {@code freshFor} at {@code now}; else empty.
     */
    public Optional<ClusterCapacity> answer(CapacityRequest asked, FileTime modifiedNow, Instant now,
                                            Duration freshFor) {
        ClusterCapacity c = clusters.get(asked.cluster());
        if (c == null || !covers(asked) || !inventoryModified.equals(modifiedNow)
                || !computedAt.plus(freshFor).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /** Whether {@code asked} (for any cluster) has the settings this run assessed with. */
    boolean covers(CapacityRequest asked) {
        CapacityRequest r = request;
        return same(r.inventory(), asked.inventory()) && r.history().equals(asked.history())
                && r.step().equals(asked.step()) && r.horizon().equals(asked.horizon())
                && r.model().equals(asked.model()) && r.level() == asked.level()
                && r.targetUtil() == asked.targetUtil() && r.redundancy() == asked.redundancy()
                && Objects.equals(text(r.bandwidthExclude()), text(asked.bandwidthExclude()))
                && r.thresholds().equals(asked.thresholds());
    }

    private static boolean same(Path a, Path b) {
        return a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String text(java.util.regex.Pattern p) {
        return p == null ? null : p.pattern();
    }
}
