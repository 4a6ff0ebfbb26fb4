package io.capacity.app.actions.apply;

import io.capacity.app.RequestProblem;
import java.time.Duration;

/**
 * How plans are applied.
 *
 * @param execute   whether real runs are allowed at all (off: every apply is a dry run; {@code serve --apply-actions}
 *                  turns it on)
 * @param timeout   how long a host may take to reach the target power state after the command (a graceful shutdown
 *                  waits for the operating system)
 * @param poll      how often the power state is read while waiting
 * @param lookahead how far ahead a power-down's capacity check looks when the plan powers the hosts on again no
 *                  sooner
 */
public record ApplySettings(boolean execute, Duration timeout, Duration poll, Duration lookahead) {
    /** Dry runs only; 5 minutes to reach the state, polled every 5 s; 24 h of forecast checked. */
    public static final ApplySettings DEFAULTS = new ApplySettings(false, Duration.ofMinutes(5), Duration.ofSeconds(5),
            Duration.ofHours(24));

    public ApplySettings {
        positive("apply_timeout", timeout);
        positive("apply_poll", poll);
        positive("apply_lookahead", lookahead);
    }

    public ApplySettings withExecute(boolean e) {
        return new ApplySettings(e, timeout, poll, lookahead);
    }

    public ApplySettings withTimeout(Duration t, Duration p) {
        return new ApplySettings(execute, t, p, lookahead);
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw RequestProblem.of(key, "duration must be positive, got '" + d + "'");
        }
    }
}
