package io.capacity.core.forecast;

import io.capacity.core.series.TimeSeries;

/** In-sample residuals the way every model defines them: observed minus fitted, NaN where fitted is NaN. */
public final class Residuals {
    private Residuals() {
    }

    public static double[] of(TimeSeries series, double[] fitted) {
        double[] r = new double[fitted.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = series.value(i) - fitted[i];
        }
        return r;
    }
}
