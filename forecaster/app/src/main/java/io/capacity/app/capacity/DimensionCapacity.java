package io.capacity.app.capacity;

import io.capacity.core.forecast.Quality;
import io.capacity.planner.model.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * One dimension of a cluster, in the dimension's unit ({@link Dimension#unit()}).
 *
 * @param usage         the latest observed demand
 * @param capacity      what the cluster's powered-on and standby hosts provide (power: the cluster's budget)
 * @param usable        capacity less the N+K spares, at the target utilisation
 * @param headroom      usable less usage (negative: already over)
 * @param observedAt    time of the latest observed demand
 * @param crossesAt     first forecast step whose upper band exceeds the usable capacity (the conservative view); null
 *                      when none within the horizon
 * @param meanCrossesAt first forecast step whose mean exceeds the usable capacity (the aggressive view); null when
 *                      none within the horizon
 * @param forecastUntil the horizon's last step
 * @param peakUpper     the highest upper band over the horizon
 * @param method        the demand forecast's fitted method, e.g. {@code ARIMA(2,1,0)}
 * @param quality       the demand forecast's grade and its reason
 * @param recommended   the size that keeps the upper band within the target over the horizon
 * @param criticality   the conservative time remaining against the request's thresholds
 */
public record DimensionCapacity(Dimension dimension, double usage, double capacity, double usable, double headroom,
                                Instant observedAt, Instant crossesAt, Instant meanCrossesAt, Instant forecastUntil,
                                double peakUpper, String method, Quality quality, RecommendedSize recommended,
                                Criticality criticality) {
    /** By conservative time remaining (none within the horizon last), then by headroom fraction. */
    public static final Comparator<DimensionCapacity> MOST_URGENT_FIRST = Comparator.comparing(
            (DimensionCapacity d) -> d.timeRemaining().orElse(Duration.ofSeconds(Long.MAX_VALUE)))
            .thenComparingDouble(DimensionCapacity::headroomFraction);

    /** A dimension with its headroom and its criticality under {@code thresholds}. */
    public static DimensionCapacity rated(Dimension dimension, double usage, double capacity, double usable,
                                          Instant observedAt, Instant crossesAt, Instant meanCrossesAt,
                                          Instant forecastUntil, double peakUpper, String method, Quality quality,
                                          RecommendedSize recommended, CapacityThresholds thresholds) {
        double headroom = usable - usage;
        return new DimensionCapacity(dimension, usage, capacity, usable, headroom, observedAt, crossesAt,
                meanCrossesAt, forecastUntil, peakUpper, method, quality, recommended,
                thresholds.of(remaining(headroom, observedAt, crossesAt)));
    }

    /** Time from the latest observation until the band crosses; zero when usage is over already, empty beyond the horizon. */
    public Optional<Duration> timeRemaining() {
        return remaining(crossesAt);
    }

    /** {@link #timeRemaining()} by the mean forecast: the aggressive view, never shorter than the conservative one. */
    public Optional<Duration> aggressiveRemaining() {
        return remaining(meanCrossesAt);
    }

    /** Headroom as a fraction of the usable capacity. */
    public double headroomFraction() {
        return usable > 0 ? headroom / usable : Double.NEGATIVE_INFINITY;
    }

    private Optional<Duration> remaining(Instant at) {
        return remaining(headroom, observedAt, at);
    }

    private static Optional<Duration> remaining(double headroom, Instant observedAt, Instant at) {
        if (headroom < 0) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.ofNullable(at).map(t -> Duration.between(observedAt, t));
    }
}
