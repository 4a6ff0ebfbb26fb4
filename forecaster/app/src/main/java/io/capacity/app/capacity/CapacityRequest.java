package io.capacity.app.capacity;

import io.capacity.app.RequestProblem;
import io.capacity.app.plan.PlanRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The capacity of one cluster of an inventory, from its hosts' stored metrics.
 *
 * @param inventory        the inventory YAML; null only in {@link #DEFAULTS}
 * @param cluster          the cluster's id; null only in {@link #DEFAULTS}
 * @param history          demand history read before now
 * @param step             step of the demand series and the forecast
 * @param horizon          how far ahead time remaining is looked for
 * @param model            the demand model, a name from the core's model catalogue
 * @param level            coverage in percent of the upper band compared with the usable capacity (a conservative
 *                         view; 50 would read the mean)
 * @param targetUtil       highest planned utilisation of the hosts' capacity
 * @param redundancy       N+K: the K largest hosts are spares, not usable capacity
 * @param bandwidthExclude interfaces left out of bandwidth; null for loopback and container/VM bridges
 * @param thresholds       when a time remaining is critical or a warning
 */
public record CapacityRequest(Path inventory, String cluster, Duration history, Duration step, Duration horizon,
                              String model, double level, double targetUtil, int redundancy,
                              Pattern bandwidthExclude, CapacityThresholds thresholds) {
    /**
     * Four weeks of hourly history, 14 days ahead, the plan's bound, target and N+K. Two weeks is the longest horizon
     * four weeks of hourly history can be backtested at (the automatic choice needs the horizon plus two seasons of
     * history beyond it): at 30 days it would fall back to an unvalidated seasonal naive forecast, which never shows
     * a trend.
     */
    public static final CapacityRequest DEFAULTS = new CapacityRequest(null, null, Duration.ofDays(28),
            Duration.ofHours(1), Duration.ofDays(14), "auto", PlanRules.DEFAULTS.quantile(),
            PlanRules.DEFAULTS.targetUtil(), PlanRules.DEFAULTS.redundancy(), null, CapacityThresholds.DEFAULTS);

    public CapacityRequest {
        if (thresholds == null) {
            thresholds = CapacityThresholds.DEFAULTS;
        }
        positive("history", history);
        positive("step", step);
        positive("horizon", horizon);
        if (horizon.compareTo(step) < 0) {
            throw RequestProblem.text("{horizon} " + horizon + " is shorter than {step} " + step, true);
        }
        if (model == null || model.isBlank()) {
            throw RequestProblem.of("model", "must be given");
        }
        if (!(level > 0 && level < 100)) {
            throw RequestProblem.of("level", level, "expected a percentage between 0 and 100 (exclusive)");
        }
        if (!(targetUtil > 0 && targetUtil <= 1)) {
            throw RequestProblem.of("target_util", targetUtil, "expected a utilisation above 0 and at most 1");
        }
        if (redundancy < 0) {
            throw RequestProblem.of("redundancy", redundancy, "expected at least 0 spare hosts");
        }
    }

    /** The defaults for {@code cluster} of {@code inventory}. */
    public static CapacityRequest of(Path inventory, String cluster) {
        if (inventory == null || cluster == null || cluster.isBlank()) {
            throw RequestProblem.text("give {inventory} and {cluster}", true);
        }
        CapacityRequest d = DEFAULTS;
        return d.withCluster(inventory, cluster);
    }

    /** These settings for {@code cluster} of {@code inv}. */
    public CapacityRequest withCluster(Path inv, String c) {
        return new CapacityRequest(inv, c, history, step, horizon, model, level, targetUtil, redundancy,
                bandwidthExclude, thresholds);
    }

    public CapacityRequest withWindow(Duration hist, Duration st, Duration h) {
        return new CapacityRequest(inventory, cluster, hist, st, h, model, level, targetUtil, redundancy,
                bandwidthExclude, thresholds);
    }

    public CapacityRequest withModel(String m) {
        return new CapacityRequest(inventory, cluster, history, step, horizon, m, level, targetUtil, redundancy,
                bandwidthExclude, thresholds);
    }

    public CapacityRequest withTarget(double util, double lvl, int k) {
        return new CapacityRequest(inventory, cluster, history, step, horizon, model, lvl, util, k, bandwidthExclude,
                thresholds);
    }

    public CapacityRequest withThresholds(CapacityThresholds t) {
        return new CapacityRequest(inventory, cluster, history, step, horizon, model, level, targetUtil, redundancy,
                bandwidthExclude, t);
    }

    /** Steps in the horizon. */
    public int steps() {
        return (int) (horizon.toSeconds() / step.toSeconds());
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw RequestProblem.of(key, "duration must be positive, got '" + d + "'");
        }
    }
}
