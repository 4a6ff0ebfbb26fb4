package io.capacity.core.forecast;

import java.util.Objects;

/**
 * Lower and upper bounds of a central prediction interval at one coverage level (percent, e.g. 80 or 95).
 * Arrays are copied in and out.
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {
    public PredictionInterval {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("interval level must be in (0, 100), got " + level);
        }
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.length != upper.length) {
            throw new IllegalArgumentException(
                    "lower and upper bounds differ in length: " + lower.length + " vs " + upper.length);
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    public double lower(int step) {
        return lower[step];
    }

    public double upper(int step) {
        return upper[step];
    }
}
