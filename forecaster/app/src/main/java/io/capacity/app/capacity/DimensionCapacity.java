package io.capacity.app.capacity;

import io.capacity.planner.model.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One dimension of a cluster, in the dimension's unit ({@link Dimension#unit()}).
 *
 * @param usage         the latest observed demand
 * @param capacity      what the cluster's powered-on and standby hosts provide
 * @param usable        capacity less the N+K spares, at the target utilisation
 * @param headroom      usable less usage (negative: already over)
 * @param observedAt    time of the latest observed demand
 * @param crossesAt     first forecast step whose upper band exceeds the usable capacity; null when none within the
 *                      horizon
 * @param forecastUntil the horizon's last step
 */
public record DimensionCapacity(Dimension dimension, double usage, double capacity, double usable, double headroom,
                                Instant observedAt, Instant crossesAt, Instant forecastUntil) {
    /** Time from the latest observation until the band crosses; zero when usage is over already, empty beyond the horizon. */
    public Optional<Duration> timeRemaining() {
        if (headroom < 0) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.ofNullable(crossesAt).map(t -> Duration.between(observedAt, t));
    }

    /** Headroom as a fraction of the usable capacity. */
    public double headroomFraction() {
        return usable > 0 ? headroom / usable : Double.NEGATIVE_INFINITY;
    }
}
