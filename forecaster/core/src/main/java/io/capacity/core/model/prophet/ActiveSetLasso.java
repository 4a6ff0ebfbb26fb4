package io.capacity.core.model.prophet;

/**
 * Exact minimiser of {@code F(x) = x'Ax/2 - b'x + lambda * sum_{j in L1} |x_j|} for positive-definite A: the
 * feature-sign active-set method. It guesses the sign of each penalised coordinate, solves the then smooth problem
 * on the active set, and line-searches over the points where a sign flips. Zeros come out exactly zero and it stops
 * after a handful of small solves, where reweighted least squares crawls towards zero geometrically.
 */
final class ActiveSetLasso {
    private ActiveSetLasso() {
    }

    static double[] solve(double[][] a, double[] b, boolean[] l1, double lambda, double[] start) {
        int p = b.length;
        double[] x = start.clone();
        int[] sign = new int[p];
        boolean[] active = new boolean[p];
        for (int j = 0; j < p; j++) {
            active[j] = !l1[j] || x[j] != 0;
            sign[j] = l1[j] ? (int) Math.signum(x[j]) : 0;
        }
        double tol = 1e-10 * Math.max(1.0, lambda);
        for (int round = 0; round < 4 * p + 20; round++) {
            double[] g = gradient(a, b, x);
            int best = -1;
            for (int j = 0; j < p; j++) {
                if (l1[j] && !active[j] && Math.abs(g[j]) > lambda + tol
                        && (best < 0 || Math.abs(g[j]) > Math.abs(g[best]))) {
                    best = j;
                }
            }
            if (best >= 0) {
                active[best] = true;
                sign[best] = g[best] > 0 ? -1 : 1;
            } else if (round > 0 && signsConsistent(g, x, l1, active, sign, lambda, tol)) {
                return x;
            }
            for (int step = 0; step < 2 * p + 10; step++) {
                double[] target = solveActive(a, b, active, sign, lambda);
                if (target == null) {
                    return x;
                }
                if (lineSearch(a, b, l1, lambda, x, target, active, sign)) {
                    break;
                }
            }
        }
        return x;
    }

    /** Moves x to the best sign-change point on the segment to target; true when it reached target itself. */
    private static boolean lineSearch(double[][] a, double[] b, boolean[] l1, double lambda, double[] x,
                                      double[] target, boolean[] active, int[] sign) {
        int p = x.length;
        double bestT = 1.0;
        double bestF = objective(a, b, l1, lambda, along(x, target, 1.0));
        for (int j = 0; j < p; j++) {
            if (l1[j] && active[j] && x[j] != 0 && Math.signum(target[j]) != Math.signum(x[j])) {
                double t = x[j] / (x[j] - target[j]);
                double f = objective(a, b, l1, lambda, along(x, target, t));
                if (f < bestF) {
                    bestF = f;
                    bestT = t;
                }
            }
        }
        double[] next = along(x, target, bestT);
        for (int j = 0; j < p; j++) {
            if (l1[j] && bestT < 1.0 && x[j] != 0 && Math.abs(next[j]) <= 1e-14 * (1 + Math.abs(x[j]))) {
                next[j] = 0;
            }
            x[j] = next[j];
            if (l1[j]) {
                sign[j] = x[j] == 0 ? 0 : (int) Math.signum(x[j]);
                active[j] = x[j] != 0;
            }
        }
        return bestT == 1.0;
    }

    private static boolean signsConsistent(double[] g, double[] x, boolean[] l1, boolean[] active, int[] sign,
                                           double lambda, double tol) {
        for (int j = 0; j < x.length; j++) {
            double r = l1[j] ? (active[j] ? g[j] + lambda * sign[j] : 0) : g[j];
            if (Math.abs(r) > 1e-6 * Math.max(1.0, lambda)) {
                return false;
            }
        }
        return true;
    }

    private static double[] solveActive(double[][] a, double[] b, boolean[] active, int[] sign, double lambda) {
        int p = b.length;
        int[] idx = new int[p];
        int m = 0;
        for (int j = 0; j < p; j++) {
            if (active[j]) {
                idx[m++] = j;
            }
        }
        double[][] sub = new double[m][m];
        double[] rhs = new double[m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                sub[r][c] = a[idx[r]][idx[c]];
            }
            rhs[r] = b[idx[r]] - lambda * sign[idx[r]];
        }
        if (!Cholesky.solve(sub, rhs)) {
            return null;
        }
        double[] out = new double[p];
        for (int r = 0; r < m; r++) {
            out[idx[r]] = rhs[r];
        }
        return out;
    }

    private static double[] along(double[] x, double[] target, double t) {
        double[] out = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            out[j] = x[j] + t * (target[j] - x[j]);
        }
        return out;
    }

    static double[] gradient(double[][] a, double[] b, double[] x) {
        double[] g = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            double s = -b[r];
            for (int c = 0; c < x.length; c++) {
                s += a[r][c] * x[c];
            }
            g[r] = s;
        }
        return g;
    }

    static double objective(double[][] a, double[] b, boolean[] l1, double lambda, double[] x) {
        double f = 0;
        for (int r = 0; r < x.length; r++) {
            double row = 0;
            for (int c = 0; c < x.length; c++) {
                row += a[r][c] * x[c];
            }
            f += 0.5 * x[r] * row - b[r] * x[r] + (l1[r] ? lambda * Math.abs(x[r]) : 0);
        }
        return f;
    }
}
