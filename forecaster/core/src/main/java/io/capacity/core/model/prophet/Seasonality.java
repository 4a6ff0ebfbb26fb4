package io.capacity.core.model.prophet;

import java.time.Duration;
import java.util.Objects;

/**
 * A Fourier seasonality: {@code order} sine/cosine pairs of the given period, each coefficient with a normal prior
 * of standard deviation {@code priorScale} (in units of the scaled series, so 10 is effectively unregularised).
 *
 * @param mode null means "the spec's default mode"
 */
public record Seasonality(String name, Duration period, int order, double priorScale, Mode mode) {
    public static final int DAILY_ORDER = 4;
    public static final int WEEKLY_ORDER = 3;
    public static final int YEARLY_ORDER = 10;
    public static final double DEFAULT_PRIOR_SCALE = 10.0;

    public Seasonality {
        Objects.requireNonNull(name, "seasonality name");
        Objects.requireNonNull(period, "period of seasonality " + name);
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period of seasonality " + name + " must be positive, got " + period);
        }
        if (order < 1) {
            throw new IllegalArgumentException("order of seasonality " + name + " must be >= 1, got " + order);
        }
        if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
            throw new IllegalArgumentException(
                    "prior scale of seasonality " + name + " must be positive and finite, got " + priorScale);
        }
    }

    public static Seasonality of(String name, Duration period, int order) {
        return new Seasonality(name, period, order, DEFAULT_PRIOR_SCALE, null);
    }

    public static Seasonality daily(int order) {
        return of("daily", Duration.ofDays(1), order);
    }

    public static Seasonality weekly(int order) {
        return of("weekly", Duration.ofDays(7), order);
    }

    /** Mean tropical year, so the phase does not drift over decades of data. */
    public static Seasonality yearly(int order) {
        return of("yearly", Duration.ofSeconds(Math.round(365.25 * 86400)), order);
    }

    public Seasonality withPriorScale(double scale) {
        return new Seasonality(name, period, order, scale, mode);
    }

    public Seasonality withMode(Mode m) {
        return new Seasonality(name, period, order, priorScale, m);
    }

    /** Period in days, the unit the Fourier terms are evaluated in. */
    double periodDays() {
        return period.toNanos() / 86_400e9;
    }
}
