package io.capacity.app.actions;

import java.time.Duration;

/**
 * The plan book's settings, each default once.
 *
 * @param expiry how long a recommended plan waits for a decision before it expires (24 h, as Watcher's)
 */
public record BookSettings(Duration expiry) {
    public static final BookSettings DEFAULTS = new BookSettings(Duration.ofHours(24));

    public BookSettings {
        if (expiry == null || expiry.isZero() || expiry.isNegative()) {
            throw io.capacity.app.RequestProblem.of("plan_expiry", "duration must be positive, got '" + expiry + "'");
        }
    }
}
