package io.capacity.core.model.arima;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import io.capacity.core.stats.Fourier;

import java.util.Arrays;
import java.util.List;

/**
 * A seasonal ARIMA with regression errors: {@code y_t = c + x_t'b + u_t}, u following ARIMA(p,d,q)(P,D,Q)[m].
 *
 * @param order    ARIMA orders
 * @param constant an intercept when d+D=0, a drift (slope per step) when d+D=1; not allowed when d+D>1
 * @param xreg     in-sample regressors (n rows); future rows are passed to {@link ArimaModel#forecast(int,
 *                 Regressors, double...)}
 * @param fourier  extra seasonal periods as Fourier regressors, generated automatically in and out of sample
 * @param fixed    null, or one value per coefficient (ar, ma, sar, sma, intercept/drift, xreg, Fourier, in that
 *                 order); NaN marks a coefficient to estimate
 * @param method   estimation method
 */
public record ArimaSpec(ArimaOrder order, boolean constant, Regressors xreg, List<FourierSeason> fourier,
                        double[] fixed, FitMethod method) implements ModelSpec {

    public ArimaSpec {
        if (order == null) {
            throw new IllegalArgumentException("order must not be null");
        }
        xreg = xreg == null ? Regressors.NONE : xreg;
        fourier = fourier == null ? List.of() : List.copyOf(fourier);
        method = method == null ? FitMethod.CSS_ML : method;
        int diffs = order.d() + order.sd();
        if (constant && diffs > 1) {
            throw new IllegalArgumentException("constant=true with d+D=" + diffs
                    + " is not identifiable (the constant is differenced away); use constant=false");
        }
        if (fixed != null) {
            int want = coefficientCount(order, constant, xreg, fourier);
            if (fixed.length != want) {
                throw new IllegalArgumentException("fixed has " + fixed.length + " values but " + order
                        + " with these regressors has " + want + " coefficients");
            }
            fixed = fixed.clone();
        }
    }

    public static ArimaSpec of(ArimaOrder order) {
        return new ArimaSpec(order, false, Regressors.NONE, List.of(), null, FitMethod.CSS_ML);
    }

    public static ArimaSpec of(int p, int d, int q) {
        return of(ArimaOrder.of(p, d, q));
    }

    public static ArimaSpec of(int p, int d, int q, int sp, int sd, int sq, int period) {
        return of(ArimaOrder.of(p, d, q, sp, sd, sq, period));
    }

    public ArimaSpec withConstant(boolean c) {
        return new ArimaSpec(order, c, xreg, fourier, null, method);
    }

    public ArimaSpec withXreg(Regressors x) {
        return new ArimaSpec(order, constant, x, fourier, null, method);
    }

    public ArimaSpec withFourier(List<FourierSeason> f) {
        return new ArimaSpec(order, constant, xreg, f, null, method);
    }

    public ArimaSpec withFixed(double[] f) {
        return new ArimaSpec(order, constant, xreg, fourier, f, method);
    }

    public ArimaSpec withMethod(FitMethod m) {
        return new ArimaSpec(order, constant, xreg, fourier, fixed, m);
    }

    @Override
    public double[] fixed() {
        return fixed == null ? null : fixed.clone();
    }

    /** Number of regression coefficients: constant, user xreg and Fourier terms. */
    public int regressionCount() {
        return coefficientCount(order, constant, xreg, fourier) - order.armaCount();
    }

    static int coefficientCount(ArimaOrder order, boolean constant, Regressors xreg, List<FourierSeason> fourier) {
        int n = order.armaCount() + (constant ? 1 : 0) + xreg.count();
        for (FourierSeason f : fourier) {
            n += Fourier.termCount(f.period(), f.harmonics());
        }
        return n;
    }

    @Override
    public String name() {
        return "arima";
    }

    @Override
    public ArimaModel fit(TimeSeries series) {
        return Arima.fit(series, this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArimaSpec s && order.equals(s.order) && constant == s.constant && xreg.equals(s.xreg)
                && fourier.equals(s.fourier) && Arrays.equals(fixed, s.fixed) && method == s.method;
    }

    @Override
    public int hashCode() {
        return ((order.hashCode() * 31 + Boolean.hashCode(constant)) * 31 + fourier.hashCode()) * 31
                + Arrays.hashCode(fixed) + method.hashCode();
    }

    @Override
    public String toString() {
        return order + (constant ? (order.d() + order.sd() == 0 ? " with mean" : " with drift") : "")
                + (xreg.count() > 0 ? " xreg" + xreg.names() : "") + (fourier.isEmpty() ? "" : " fourier" + fourier)
                + (method == FitMethod.CSS_ML ? "" : " " + method);
    }
}
