package io.capacity.core.model.arima;

import java.util.function.ToDoubleFunction;

/**
 * Quasi-Newton (BFGS inverse-Hessian update) minimiser with an analytic gradient where the caller has one
 * ({@link #withGradient}, the CSS objective) and forward differences otherwise, and a backtracking Armijo line
 * search, as R's {@code optim(method="BFGS")} that {@code arima} uses. Written here rather than using Commons Math
 * because its BOBYQA needs two or more parameters and its simplex converges too loosely for golden comparisons.
 * Non-finite values are treated as +Inf so the line search backs away from them.
 */
final class Bfgs {
    /** Outcome of a minimisation. */
    record Result(double[] x, double value, int iterations, int evaluations, boolean converged, String message) {
    }

    private final ToDoubleFunction<double[]> f;
    private java.util.function.Predicate<double[]> abort = x -> false;
    private final double relTol;
    private final int maxIter;
    private final double h;
    private int evals;
    private Gradient analytic;

    /** An exact gradient; returns false where it is not available, and finite differences are used instead. */
    interface Gradient {
        boolean compute(double[] x, double[] g);
    }

    Bfgs(ToDoubleFunction<double[]> f, double relTol, int maxIter, double h) {
        this.f = f;
        this.relTol = relTol;
        this.maxIter = maxIter;
        this.h = h;
    }

    /** Uses {@code g} for gradients (counted as one evaluation each) where it is available. */
    Bfgs withGradient(Gradient g) {
        this.analytic = g;
        return this;
    }

    /** Stops early (unconverged, message "aborted") when {@code test} holds for the iterate after an iteration. */
    Bfgs abortWhen(java.util.function.Predicate<double[]> test) {
        this.abort = test;
        return this;
    }

    private double eval(double[] x) {
        evals++;
        double v = f.applyAsDouble(x);
        return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
    }

    /**
     * Forward differences (one evaluation per parameter, half of central differences); the step is small enough
     * (1e-6 on O(1) transformed parameters) that truncation error is far below the stopping tolerance. A step into
     * a non-finite region falls back to a backward difference.
     */
    private void gradient(double[] x, double fx, double[] g) {
        if (analytic != null && analytic.compute(x, g)) {
            evals++;
            return;
        }
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double step = h * Math.max(1, Math.abs(xi));
            x[i] = xi + step;
            double up = eval(x);
            if (Double.isFinite(up)) {
                g[i] = (up - fx) / step;
            } else {
                x[i] = xi - step;
                double down = eval(x);
                g[i] = Double.isFinite(down) ? (fx - down) / step : 0;
            }
            x[i] = xi;
        }
    }

    Result minimize(double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double fx = eval(x);
        if (n == 0 || !Double.isFinite(fx)) {
            return new Result(x, fx, 0, evals, n == 0 && Double.isFinite(fx), n == 0 ? "no free parameters"
                    : "objective not finite at the start");
        }
        double[] g = new double[n];
        gradient(x, fx, g);
        double[][] hinv = identity(n);
        double[] d = new double[n];
        double[] xn = new double[n];
        double[] gn = new double[n];
        for (int iter = 1; iter <= maxIter; iter++) {
            double slope = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s -= hinv[i][j] * g[j];
                }
                d[i] = s;
                slope += s * g[i];
            }
            if (!(slope < 0)) {
                hinv = identity(n);
                slope = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                    slope -= g[i] * g[i];
                }
                if (slope == 0) {
                    return new Result(x, fx, iter, evals, true, "zero gradient");
                }
            }
            double maxStep = 0;
            for (double v : d) {
                maxStep = Math.max(maxStep, Math.abs(v));
            }
            double step = maxStep > 1 ? 1 / maxStep : 1;
            double fn;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xn[i] = x[i] + step * d[i];
                }
                fn = eval(xn);
                if (fn <= fx + 1e-4 * step * slope) {
                    break;
                }
                step *= 0.2;
                if (step * maxStep < 1e-10) {
                    return new Result(x, fx, iter, evals, true, "line search made no progress");
                }
            }
            gradient(xn, fn, gn);
            boolean done = Math.abs(fx - fn) <= relTol * (Math.abs(fx) + relTol);
            update(hinv, x, xn, g, gn, iter == 1);
            System.arraycopy(xn, 0, x, 0, n);
            System.arraycopy(gn, 0, g, 0, n);
            fx = fn;
            if (done) {
                return new Result(x, fx, iter, evals, true, "relative change below " + relTol);
            }
            if (abort.test(x)) {
                return new Result(x, fx, iter, evals, false, "aborted");
            }
        }
        return new Result(x, fx, maxIter, evals, false, "iteration limit " + maxIter + " reached");
    }

    private static void update(double[][] hinv, double[] x, double[] xn, double[] g, double[] gn, boolean first) {
        int n = x.length;
        double[] s = new double[n];
        double[] y = new double[n];
        double sy = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            s[i] = xn[i] - x[i];
            y[i] = gn[i] - g[i];
            sy += s[i] * y[i];
            yy += y[i] * y[i];
        }
        if (!(sy > 1e-12 * Math.sqrt(yy))) {
            return;
        }
        if (first) {
            double scale = sy / yy;
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(hinv[i], 0);
                hinv[i][i] = scale;
            }
        }
        double[] hy = new double[n];
        double yhy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hy[i] += hinv[i][j] * y[j];
            }
            yhy += y[i] * hy[i];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hinv[i][j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}
