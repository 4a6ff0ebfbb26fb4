package io.capacity.core.model.arima;

import io.capacity.core.stats.Fourier;

import java.util.ArrayList;
import java.util.List;

/**
 * Coefficient names and regression columns of a spec: the constant (intercept, or drift t = 1..n), user xreg and
 * Fourier terms, in and out of sample. Keeping both directions here means forecasting rebuilds exactly the
 * columns the fit used, continuing drift and Fourier phase from t = n+1.
 */
record ArimaDesign(ArimaSpec spec, int n) {

    List<String> names() {
        ArimaOrder o = spec.order();
        List<String> names = new ArrayList<>();
        add(names, "ar", o.p());
        add(names, "ma", o.q());
        add(names, "sar", o.sp());
        add(names, "sma", o.sq());
        if (spec.constant()) {
            names.add(o.d() + o.sd() == 0 ? "intercept" : "drift");
        }
        names.addAll(spec.xreg().names());
        for (FourierSeason f : spec.fourier()) {
            names.addAll(List.of(Fourier.names(f.period(), f.harmonics())));
        }
        return names;
    }

    private static void add(List<String> names, String prefix, int k) {
        for (int i = 1; i <= k; i++) {
            names.add(prefix + i);
        }
    }

    /** In-sample regression columns. */
    double[][] columns() {
        if (spec.xreg().count() > 0 && spec.xreg().length() != n) {
            throw new IllegalArgumentException("xreg has " + spec.xreg().length() + " rows but the series has " + n);
        }
        return build(0, n, spec.xreg());
    }

    /** Regression columns for steps n+1..n+h; {@code future} must hold the user xreg for those steps. */
    double[][] futureColumns(int h, Regressors future) {
        int need = spec.xreg().count();
        if (future.count() != need || (need > 0 && future.length() != h)) {
            throw new IllegalArgumentException("future xreg must have " + need + " columns of " + h + " rows, got "
                    + future.count() + " columns of " + future.length());
        }
        return build(n, h, future);
    }

    private double[][] build(int offset, int len, Regressors user) {
        List<double[]> cols = new ArrayList<>();
        if (spec.constant()) {
            double[] c = new double[len];
            boolean drift = spec.order().d() + spec.order().sd() > 0;
            for (int t = 0; t < len; t++) {
                c[t] = drift ? offset + t + 1 : 1;
            }
            cols.add(c);
        }
        for (int k = 0; k < user.count(); k++) {
            cols.add(user.column(k));
        }
        for (FourierSeason f : spec.fourier()) {
            cols.addAll(List.of(Fourier.terms(f.period(), f.harmonics(), offset, len)));
        }
        return cols.toArray(new double[0][]);
    }
}
