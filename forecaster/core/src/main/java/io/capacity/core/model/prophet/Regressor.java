package io.capacity.core.model.prophet;

import java.util.Objects;

/**
 * An extra regressor (e.g. planned tenant count, temperature). {@code values} covers the history and may run on
 * into the future; future values missing here must be supplied at forecast time. Standardised with the history's
 * mean and deviation unless binary, so one prior scale suits regressors of any unit.
 *
 * @param mode null means "the spec's default mode"
 */
public record Regressor(String name, double[] values, double priorScale, boolean standardize, Mode mode) {
    public static final double DEFAULT_PRIOR_SCALE = 10.0;

    public Regressor {
        Objects.requireNonNull(name, "regressor name");
        values = Objects.requireNonNull(values, "values of regressor " + name).clone();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("regressor " + name + " has non-finite value at " + i);
            }
        }
        if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
            throw new IllegalArgumentException(
                    "prior scale of regressor " + name + " must be positive and finite, got " + priorScale);
        }
    }

    public static Regressor of(String name, double... values) {
        return new Regressor(name, values, DEFAULT_PRIOR_SCALE, true, null);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Regressor r && name.equals(r.name) && java.util.Arrays.equals(values, r.values)
                && priorScale == r.priorScale && standardize == r.standardize && mode == r.mode;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, java.util.Arrays.hashCode(values), priorScale, standardize, mode);
    }

    @Override
    public String toString() {
        return "Regressor[" + name + ", " + values.length + " values, prior " + priorScale + "]";
    }

    int length() {
        return values.length;
    }

    double value(int i) {
        return values[i];
    }
}
