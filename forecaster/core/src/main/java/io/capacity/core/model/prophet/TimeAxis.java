package io.capacity.core.model.prophet;

import java.time.Duration;
import java.time.Instant;

/**
 * Maps step indices (history and future) to instants, to days since the epoch (the unit of Fourier terms), and to
 * the trend's scaled time, 0 at the first and 1 at the last observation. A series without timestamps is placed at
 * the epoch: seasonal phases are then arbitrary but consistent, which is all the fit needs.
 */
record TimeAxis(Instant origin, Duration step, int n) {
    private static final double NANOS_PER_DAY = 86_400e9;

    Instant instantAt(int i) {
        return origin.plus(step.multipliedBy(i));
    }

    double dayAt(int i) {
        double originDays = origin.getEpochSecond() / 86_400.0 + origin.getNano() / NANOS_PER_DAY;
        return originDays + i * (step.toNanos() / NANOS_PER_DAY);
    }

    /** Scaled trend time; a one-point history gets span 1 so that nothing divides by zero. */
    double scaled(int i) {
        return n > 1 ? i / (double) (n - 1) : i;
    }

    /** Length of the history in days. */
    double spanDays() {
        return (n - 1) * (step.toNanos() / NANOS_PER_DAY);
    }
}
