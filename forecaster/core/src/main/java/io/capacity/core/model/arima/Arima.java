package io.capacity.core.model.arima;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import io.capacity.core.stats.LjungBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code Arima.fit(series, spec)} estimates a regression with seasonal ARIMA errors by exact
 * Gaussian likelihood on the differenced series and returns an immutable {@link ArimaModel}.
 *
 * <p>Differencing is applied to the data before filtering (not carried in the state with a diffuse prior as R
 * does). For complete series both give the same likelihood; with missing values differencing spreads a gap over
 * d + Dm differenced values, so a little information is lost there.
 */
public final class Arima {
    private Arima() {
    }

    public static ArimaModel fit(TimeSeries series, ArimaSpec spec) {
        return fit(series, spec, spec, false);
    }

    /** Data prepared for estimation: regression columns, differencing filter and differenced data. */
    record Prepared(ArimaDesign design, double[] y, double[][] x, double[] delta, double[] w, double[][] dx,
                    double[] fixed, int free, int nstar) {
    }

    static Prepared prepare(TimeSeries series, ArimaSpec spec) {
        ArimaOrder o = spec.order();
        double[] y = series.values();
        ArimaDesign design = new ArimaDesign(spec, y.length);
        double[][] x = design.columns();
        double[] delta = Differencing.coefficients(o.d(), o.sd(), o.period());
        double[] w = Differencing.apply(y, delta);
        double[][] dx = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            dx[k] = Differencing.apply(x[k], delta);
        }
        int ncoef = o.armaCount() + x.length;
        double[] fixed = spec.fixed() == null ? nanArray(ncoef) : spec.fixed();
        int free = (int) Arrays.stream(fixed).filter(Double::isNaN).count();
        int observed = (int) Arrays.stream(w).filter(v -> !Double.isNaN(v)).count();
        if (observed < free + 2 + o.fullAr()) {
            throw new ArimaFitException(series.id() + ": " + observed + " usable differenced observations are too "
                    + "few for " + spec + " with " + free + " free coefficients");
        }
        return new Prepared(design, y, x, delta, w, dx, fixed, free, observed);
    }

    /** Estimation only (no residual pass, no standard errors), for model search. */
    static ArimaEstimator.Estimate estimate(Prepared d, ArimaSpec spec, boolean rootAbort, double[] start,
                                            double relTol) {
        return ArimaEstimator.estimate(spec.order(), d.w(), d.dx(), d.fixed(), spec.method(), rootAbort, start,
                relTol);
    }

    /** @param rootAbort as in {@link ArimaEstimator#estimate}; used by auto-ARIMA's refits */
    static ArimaModel fit(TimeSeries series, ArimaSpec spec, ModelSpec requested, boolean rootAbort) {
        return fit(series, spec, requested, rootAbort, null);
    }

    /**
     * @param start null for the spec's method from the origin (CSS, then ML for CSS-ML); else the full coefficient
     *              vector exact likelihood starts from, without the CSS stage (a warm refit)
     */
    static ArimaModel fit(TimeSeries series, ArimaSpec spec, ModelSpec requested, boolean rootAbort,
                          double[] start) {
        ArimaOrder o = spec.order();
        Prepared prep = prepare(series, spec);
        double[] y = prep.y();
        double[][] x = prep.x();
        double[] delta = prep.delta();
        double[] w = prep.w();
        double[][] dx = prep.dx();
        double[] fixed = prep.fixed();
        int free = prep.free();
        ArimaDesign design = prep.design();
        List<String> names = design.names();
        ArimaEstimator.Estimate est = start == null ? estimate(prep, spec, rootAbort, null, ArimaEstimator.REL_TOL)
                : ArimaEstimator.estimate(o, w, dx, fixed, FitMethod.ML, rootAbort, start, ArimaEstimator.REL_TOL);
        if (!est.ok()) {
            throw new ArimaFitException(series.id() + ": " + spec + " failed: " + est.message());
        }
        double[] coef = est.coef();
        // Auto-ARIMA skips the Hessian (a k^2 evaluation cost per series); Arima.fit on its spec gives them.
        double[] se = spec.method() != FitMethod.CSS && !rootAbort
                ? StandardErrors.compute(o, w, dx, coef, fixed, est.nobs()) : nanArray(coef.length);
        FinalPass pass = FinalPass.run(o, y, x, coef, delta);
        if (pass == null) {
            throw new ArimaFitException(series.id() + ": " + spec + " has a non-stationary AR part at the optimum");
        }
        List<Coefficient> cs = new ArrayList<>();
        for (int i = 0; i < coef.length; i++) {
            cs.add(new Coefficient(names.get(i), coef[i], se[i], !Double.isNaN(fixed[i])));
        }
        int npar = free + 1;
        int nstar = est.nobs();
        double[] ic = ArimaDiagnostics.criteria(est.loglik(), npar, nstar);
        int fitdf = o.armaCount();
        LjungBox.Result lb = ljungBox(pass.residuals(), o.period(), fitdf);
        double sigma2 = est.sigma2() * nstar / Math.max(1, nstar - free);
        ArimaDiagnostics diag = new ArimaDiagnostics(sigma2, est.sigma2(), est.loglik(), ic[0], ic[1], ic[2], nstar, cs,
                lb.statistic(), lb.lag(), lb.pValue(), spec.method(), est.converged(), est.iterations(),
                est.evaluations(), est.message());
        return new ArimaModel(series, spec, requested, coef, diag, pass, design);
    }

    private static LjungBox.Result ljungBox(double[] residuals, int period, int fitdf) {
        long n = Arrays.stream(residuals).filter(v -> !Double.isNaN(v)).count();
        int lag = LjungBox.defaultLag((int) n, period, fitdf);
        if (lag >= n) {
            return new LjungBox.Result(Double.NaN, lag, lag - fitdf, Double.NaN);
        }
        return LjungBox.test(residuals, lag, fitdf);
    }

    static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
