package io.capacity.core.model.arima;

/**
 * Estimates one ARIMA on the differenced data: OLS starting values for regression coefficients, CSS for ARMA
 * starting values, then exact ML (as R's method "CSS-ML"), all by {@link Bfgs} over transformed parameters.
 */
final class ArimaEstimator {
    /** relative tolerance of R's optim default, sqrt(machine epsilon). */
    static final double REL_TOL = 1.5e-8;
    static final int MAX_ITER = 100;
    static final double GRAD_STEP = 1e-6;

    /** A fitted coefficient vector with its likelihood pieces; {@code ok} is false when estimation failed. */
    record Estimate(boolean ok, double[] coef, double[] fixed, double sigma2, double loglik, int nobs,
                    FitMethod method, boolean converged, int iterations, int evaluations, String message) {
    }

    /** Transformed ARMA parameters beyond this (|PACF| > tanh 2.6 = 0.989) count as on the boundary. */
    static final double BOUNDARY = 2.6;

    private ArimaEstimator() {
    }

    /** Copy of x with transformed ARMA parameters pulled back to |PACF| <= 0.95, so ML does not start saturated. */
    private static double[] pullInside(double[] x, ArimaObjective obj, ArimaOrder o) {
        double[] y = x.clone();
        double lim = 0.5 * Math.log(1.95 / 0.05);
        for (int i = 0; i < Math.min(o.armaCount(), y.length); i++) {
            y[i] = Math.max(-lim, Math.min(lim, y[i]));
        }
        return y;
    }

    private static boolean nearBoundary(double[] x, ArimaOrder o) {
        for (int i = 0; i < Math.min(o.armaCount(), x.length); i++) {
            if (Math.abs(x[i]) > BOUNDARY) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param rootAbort stop ML once the iterate has had a root inside {@link RootCheck#MIN_ROOT} for three iterations
     *                  in a row: auto-ARIMA would reject that model anyway, and ML paths seldom come back
     */
    static Estimate estimate(ArimaOrder o, double[] w, double[][] dx, double[] fixed, FitMethod method,
                             boolean rootAbort) {
        return estimate(o, w, dx, fixed, method, rootAbort, null, REL_TOL);
    }

    /**
     * @param start  full coefficient vector where the first stage (CSS, or ML for method ML) starts (NaN
     *               regression entries start at least squares), or null for the origin
     * @param relTol BFGS relative tolerance; auto-ARIMA's search uses a looser one than the final fit
     */
    static Estimate estimate(ArimaOrder o, double[] w, double[][] dx, double[] fixed, FitMethod method,
                             boolean rootAbort, double[] start, double relTol) {
        int na = o.armaCount();
        double[] center = new double[dx.length];
        double[] scale = new double[dx.length];
        RegressionStart.fit(w, dx, fixed, na, center, scale);
        ArimaObjective obj = new ArimaObjective(o, w, dx, fixed, center, scale, true);
        boolean warm = start != null && obj.transformed();
        double[] x = warm ? obj.toFree(start) : new double[obj.freeCount()];
        int iters = 0;
        int evals = 0;
        Bfgs.Result res = null;
        if (method != FitMethod.ML) {
            obj.kind = ArimaObjective.Kind.CSS;
            res = new Bfgs(obj::value, relTol, MAX_ITER, GRAD_STEP).withGradient(obj::cssGradient).minimize(x);
            iters += res.iterations();
            evals += res.evaluations();
            if (Double.isFinite(res.value())) {
                x = res.x();
            }
        }
        if (method != FitMethod.CSS) {
            obj.kind = ArimaObjective.Kind.ML;
            double[] mlStart = method == FitMethod.CSS_ML && obj.transformed() ? pullInside(x, obj, o) : x;
            int[] outside = new int[1];
            res = new Bfgs(obj::value, relTol, MAX_ITER, GRAD_STEP).abortWhen(v -> rootAbort
                    && (outside[0] = RootCheck.minRoot(o, obj.coefficients(v)) < RootCheck.MIN_ROOT
                    ? outside[0] + 1 : 0) >= 3).minimize(mlStart);
            if (res.message().equals("aborted")) {
                return new Estimate(false, obj.coefficients(res.x()), fixed, Double.NaN, Double.NaN, 0, method, false,
                        iters + res.iterations(), evals + res.evaluations(), "root inside " + RootCheck.MIN_ROOT
                        + " during ML; rejected");
            }
            iters += res.iterations();
            evals += res.evaluations();
            x = res.x();
            // CSS happily sits on a unit root; if ML stayed at the boundary, compare with ML from the origin.
            if (obj.transformed() && nearBoundary(x, o) && mlStart != x && !rootAbort) {
                Bfgs.Result alt = new Bfgs(obj::value, relTol, MAX_ITER, GRAD_STEP)
                        .minimize(new double[x.length]);
                iters += alt.iterations();
                evals += alt.evaluations();
                if (alt.value() < res.value()) {
                    res = alt;
                    x = alt.x();
                }
            }
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
