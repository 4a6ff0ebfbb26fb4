package io.capacity.core.forecast;

import java.util.Arrays;

/**
 * Where the next refit of a model in the same form may start its optimiser: the parameters a fit ended on (an ARIMA's
 * coefficients, an ETS's smoothing weights), so a scheduled refit on a history one step longer starts next to its
 * optimum instead of cold. A model whose optimiser takes no start has none ({@link FittedModel#startValues()}).
 *
 * @param values  the estimate, in the model's own order and scale; empty for {@link #NONE}
 * @param checked a warm start from this model's earlier estimate was compared once with a cold fit on the same data
 *                and was not worse, so later warm refits skip that comparison; false after a cold fit
 * @param warm    the fit's warm start held: its estimate was kept, or, on the check, matched the cold estimate (which
 *                is then kept); false: the optimiser started cold, or fell back to the cold estimate
 */
public record StartValues(double[] values, boolean checked, boolean warm) {
    /** No start: the next refit starts cold. */
    public static final StartValues NONE = new StartValues(new double[0], false, false);

    public StartValues {
        values = values.clone();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("start values must be finite, got " + Arrays.toString(values));
            }
        }
    }

    /** Values from a cold fit: the first warm refit from them is compared with a cold one. */
    public static StartValues cold(double[] values) {
        return new StartValues(values, false, false);
    }

    public boolean isNone() {
        return values.length == 0;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StartValues s && Arrays.equals(values, s.values) && checked == s.checked
                && warm == s.warm;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 4 + (checked ? 2 : 0) + (warm ? 1 : 0);
    }

    @Override
    public String toString() {
        return isNone() ? "cold" : Arrays.toString(values) + (checked ? " checked" : "") + (warm ? " warm" : "");
    }
}
