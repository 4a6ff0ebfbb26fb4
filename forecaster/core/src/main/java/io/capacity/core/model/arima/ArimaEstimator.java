package io.capacity.core.model.arima;

/**
 * Estimates one ARIMA on the differenced data: OLS starting values for regression coefficients, CSS for ARMA
 * starting values, then exact ML (as R's method "CSS-ML"), all by {@link Bfgs} over transformed parameters.
 */
final class ArimaEstimator {
    /** relative tolerance of R's optim default, sqrt(machine epsilon). */
    static final double REL_TOL = 1.5e-8;
    static final int MAX_ITER = 100;
    static final double GRAD_STEP = 1e-4;

    /** A fitted coefficient vector with its likelihood pieces; {@code ok} is false when estimation failed. */
    record Estimate(boolean ok, double[] coef, double[] fixed, double sigma2, double loglik, int nobs,
                    FitMethod method, boolean converged, int iterations, int evaluations, String message) {
    }

    private ArimaEstimator() {
    }

    static Estimate estimate(ArimaOrder o, double[] w, double[][] dx, double[] fixed, FitMethod method) {
        int na = o.armaCount();
        double[] center = new double[dx.length];
        double[] scale = new double[dx.length];
        RegressionStart.fit(w, dx, fixed, na, center, scale);
        ArimaObjective obj = new ArimaObjective(o, w, dx, fixed, center, scale, true);
        double[] x = new double[obj.freeCount()];
        int iters = 0;
        int evals = 0;
        Bfgs.Result res = null;
        if (method != FitMethod.ML) {
            obj.kind = ArimaObjective.Kind.CSS;
            res = new Bfgs(obj::value, REL_TOL, MAX_ITER, GRAD_STEP).minimize(x);
            iters += res.iterations();
            evals += res.evaluations();
            if (Double.isFinite(res.value())) {
                x = res.x();
            }
        }
        if (method != FitMethod.CSS) {
            obj.kind = ArimaObjective.Kind.ML;
            res = new Bfgs(obj::value, REL_TOL, MAX_ITER, GRAD_STEP).minimize(x);
            iters += res.iterations();
            evals += res.evaluations();
            x = res.x();
        }
        double[] stats = Double.isFinite(res.value()) ? obj.statistics(x) : null;
        if (stats == null || !(stats[2] > 0)) {
            return new Estimate(false, obj.coefficients(x), fixed, Double.NaN, Double.NaN, 0, method, false, iters,
                    evals, "objective not finite: " + res.message());
        }
        int nobs = (int) stats[2];
        double sigma2 = stats[0] / nobs;
        double loglik = -0.5 * (nobs * Math.log(2 * Math.PI * sigma2) + stats[1] + nobs);
        return new Estimate(true, obj.coefficients(x), fixed, sigma2, loglik, nobs, method, res.converged(), iters,
                evals, res.message());
    }
}
