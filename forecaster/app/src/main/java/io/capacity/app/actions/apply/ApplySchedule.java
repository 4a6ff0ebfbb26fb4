package io.capacity.app.actions.apply;

import io.capacity.app.RequestProblem;
import java.time.Duration;

/**
 * How often {@link DueActions} applies what is due ({@code serve --apply-every}, only with {@code --apply-actions}).
 *
 * @param every the interval between the end of one pass and the start of the next
 */
public record ApplySchedule(Duration every) {
    /** Every minute: a power action runs at most a minute after its time. */
    public static final ApplySchedule DEFAULTS = new ApplySchedule(Duration.ofMinutes(1));

    public ApplySchedule {
        if (every == null || every.isZero() || every.isNegative()) {
            throw RequestProblem.of("apply_every", "duration must be positive, got '" + every + "'");
        }
    }
}
