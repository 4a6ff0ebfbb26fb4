package io.capacity.app.capacity;

import io.capacity.app.DurationText;
import io.capacity.app.RequestProblem;
import java.time.Duration;
import java.util.Optional;

/**
 * When a dimension's conservative time remaining makes it {@link Criticality#CRITICAL} or
 * {@link Criticality#WARNING} (VMware Aria Operations' time-remaining thresholds).
 *
 * @param critical at most this long left: critical
 * @param warning  at most this long left (and more than {@code critical}): warning
 */
public record CapacityThresholds(Duration critical, Duration warning) {
    /**
     * A week critical, two weeks a warning: the default horizon ({@link CapacityRequest#DEFAULTS}) is two weeks, so a
     * warning threshold beyond it could never be reached.
     */
    public static final CapacityThresholds DEFAULTS = new CapacityThresholds(Duration.ofDays(7), Duration.ofDays(14));

    public CapacityThresholds {
        if (critical == null || critical.isNegative()) {
            throw RequestProblem.of("capacity_critical_days", "expected 0 days or more, got " + critical);
        }
        if (warning == null || warning.compareTo(critical) < 0) {
            throw RequestProblem.text("{capacity_warning_days} " + (warning == null ? "(none)" : days(warning))
                    + " must be at least {capacity_critical_days} " + days(critical), true);
        }
    }

    /** Whole days, as the options take them. */
    public static CapacityThresholds ofDays(long critical, long warning) {
        if (critical < 0 || critical > 3650) {
            throw RequestProblem.of("capacity_critical_days", critical, "expected 0 to 3650 days");
        }
        if (warning < 0 || warning > 3650) {
            throw RequestProblem.of("capacity_warning_days", warning, "expected 0 to 3650 days");
        }
        return new CapacityThresholds(Duration.ofDays(critical), Duration.ofDays(warning));
    }

    /** The criticality of a time remaining; none within the horizon is OK. */
    public Criticality of(Optional<Duration> remaining) {
        if (remaining.isEmpty()) {
            return Criticality.OK;
        }
        Duration left = remaining.get();
        return left.compareTo(critical) <= 0 ? Criticality.CRITICAL
                : left.compareTo(warning) <= 0 ? Criticality.WARNING : Criticality.OK;
    }

    /** Whole days as the options take them, else the duration as people write one. */
    private static String days(Duration d) {
        return d.toSeconds() % 86_400 == 0 && d.getNano() == 0 ? Long.toString(d.toDays()) + " days"
                : DurationText.of(d);
    }
}
