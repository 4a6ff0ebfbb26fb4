package io.capacity.core.model.prophet;

/**
 * Limited-memory BFGS with a backtracking Armijo line search, for the nonlinear fits (logistic growth,
 * multiplicative terms). Curvature pairs that are not positive are skipped rather than used, which keeps the
 * two-loop direction a descent direction without a full Wolfe search.
 */
final class Lbfgs {
    /** Objective with gradient: returns f(x) and writes the gradient into g. */
    interface Function {
        double value(double[] x, double[] g);
    }

    /** Final point, iterations used, and whether a tolerance (not the iteration cap) stopped it. */
    record Result(double[] x, double f, int iterations, boolean converged) {
    }

    private static final int MEMORY = 10;

    private Lbfgs() {
    }

    static Result minimise(Function fn, double[] start, int maxIterations, double relTol) {
        int d = start.length;
        double[] x = start.clone();
        double[] g = new double[d];
        double f = fn.value(x, g);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int head = 0;
        double[] xNew = new double[d];
        double[] gNew = new double[d];
        int flat = 0;
        for (int it = 1; it <= maxIterations; it++) {
            double[] dir = direction(g, s, y, rho, stored, head);
            double slope = dot(g, dir);
            if (!(slope < 0)) {
                stored = 0;
                dir = negate(g);
                slope = dot(g, dir);
            }
            double step = stored == 0 ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
            double fNew = Double.NaN;
            for (int ls = 0; ls < 50; ls++) {
                for (int i = 0; i < d; i++) {
                    xNew[i] = x[i] + step * dir[i];
                }
                fNew = fn.value(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope) {
                    break;
                }
                step *= 0.5;
            }
            if (!(fNew <= f)) {
                return new Result(x, f, it, true);
            }
            double[] sv = new double[d];
            double[] yv = new double[d];
            for (int i = 0; i < d; i++) {
                sv[i] = xNew[i] - x[i];
                yv[i] = gNew[i] - g[i];
            }
            double sy = dot(sv, yv);
            if (sy > 1e-12 * Math.sqrt(dot(sv, sv) * dot(yv, yv))) {
                s[head] = sv;
                y[head] = yv;
                rho[head] = 1 / sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            double drop = f - fNew;
            System.arraycopy(xNew, 0, x, 0, d);
            System.arraycopy(gNew, 0, g, 0, d);
            f = fNew;
            // One short step can make little progress on a curved valley; three in a row mean it has flattened.
            flat = drop <= relTol * Math.max(1.0, Math.abs(f)) ? flat + 1 : 0;
            if (flat >= 3) {
                return new Result(x, f, it, true);
            }
        }
        return new Result(x, f, maxIterations, false);
    }

    private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored, int head) {
        double[] q = negate(g);
        double[] alpha = new double[stored];
        for (int k = 0; k < stored; k++) {
            int idx = Math.floorMod(head - 1 - k, MEMORY);
            alpha[k] = rho[idx] * dot(s[idx], q);
            axpy(-alpha[k], y[idx], q);
        }
        if (stored > 0) {
            int last = Math.floorMod(head - 1, MEMORY);
            double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
            for (int i = 0; i < q.length; i++) {
                q[i] *= gamma;
            }
        }
        for (int k = stored - 1; k >= 0; k--) {
            int idx = Math.floorMod(head - 1 - k, MEMORY);
            double beta = rho[idx] * dot(y[idx], q);
            axpy(alpha[k] - beta, s[idx], q);
        }
        return q;
    }

    private static double[] negate(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = -v[i];
        }
        return r;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
