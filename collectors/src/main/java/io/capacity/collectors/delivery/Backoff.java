package io.capacity.collectors.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * {@code min(max, initial * multiplier^n)}. The jitter keeps many agents that lost the same store from
 * retrying in lockstep when it returns; the floor of half keeps retries from collapsing to zero.
 */
public record Backoff(Duration initial, Duration max, double multiplier) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("backoff initial must be positive, got " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is below initial " + initial);
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("backoff multiplier must be >= 1, got " + multiplier);
        }
    }

    public static Backoff defaults() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0);
    }

    /** Delay before retry number {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt, RandomGenerator random) {
        double ceiling = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt));
        long cap = (long) Math.min(max.toNanos(), ceiling);
        long half = cap / 2;
        return Duration.ofNanos(half + (long) (random.nextDouble() * (cap - half)));
    }
}
