package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OptimiserTest {
    /** A small MAP problem: 200 steps, 4 changepoints, one additive and one multiplicative Fourier pair. */
    private static Problem problem(boolean logistic, boolean multiplicative) {
        int n = 200;
        SplittableRandom rng = new SplittableRandom(5);
        double[] t = new double[n];
        double[] y = new double[n];
        double[] cap = logistic ? new double[n] : null;
        double[][] feat = new double[2][n];
        for (int i = 0; i < n; i++) {
            t[i] = i / (n - 1.0);
            feat[0][i] = Math.sin(2 * Math.PI * i / 24.0);
            feat[1][i] = Math.cos(2 * Math.PI * i / 24.0);
            double trend = logistic ? 1 / (1 + Math.exp(-(6 * t[i] - 3))) : 0.3 + 0.5 * t[i];
            y[i] = trend * (1 + 0.1 * feat[0][i]) + 0.05 * feat[1][i] + 0.02 * rng.nextGaussian();
            if (cap != null) {
                cap[i] = 1.0;
            }
        }
        double[] cps = {0.2, 0.4, 0.6, 0.8};
        double[][] cols = new double[2 + cps.length + 2][];
        cols[0] = t;
        cols[1] = new double[n];
        java.util.Arrays.fill(cols[1], 1.0);
        System.arraycopy(Changepoints.hinges(t, cps), 0, cols, 2, cps.length);
        cols[6] = feat[0];
        cols[7] = feat[1];
        boolean[] mult = {false, false, false, false, false, false, multiplicative, false};
        double[] prior = {5, 5, 5, 5, 5, 5, 10, 10};
        return new Problem(cols, cps.length, y, cap, mult, prior, 0.05);
    }

    @Test
    void posteriorGradientMatchesFiniteDifferences() {
        for (boolean logistic : new boolean[] {false, true}) {
            Problem pb = problem(logistic, true);
            Posterior post = new Posterior(pb);
            double[] x = {0.4, -0.2, 0.1, -0.05, 0.03, 0.2, 0.08, 0.04, Math.log(0.05)};
            double[] g = new double[x.length];
            post.value(x, g);
            for (int j = 0; j < x.length; j++) {
                double h = 1e-6;
                double[] up = x.clone();
                double[] down = x.clone();
                up[j] += h;
                down[j] -= h;
                double numeric = (post.value(up, null) - post.value(down, null)) / (2 * h);
                assertEquals(numeric, g[j], 1e-4 * Math.max(1, Math.abs(numeric)), "d/dx" + j + " logistic=" + logistic);
            }
        }
    }

    @Test
    void exactLinearSolverAndLbfgsReachTheSameMode() {
        Problem pb = problem(false, false);
        MapEstimate exact = LinearMapSolver.solve(pb);
        assertTrue(exact.converged());
        double[] start = new double[pb.p() + 1];
        start[pb.p()] = Math.log(0.1);
        Posterior post = new Posterior(pb);
        Lbfgs.Result r = Lbfgs.minimise(post::value, start, 20000, 1e-15);
        double[] atExact = java.util.Arrays.copyOf(exact.theta(), pb.p() + 1);
        atExact[pb.p()] = Math.log(exact.sigma());
        double fExact = post.value(atExact, null);
        assertTrue(fExact <= r.f() + 1e-3, "exact " + fExact + " vs lbfgs " + r.f());
        assertEquals(exact.sigma(), Math.exp(r.x()[pb.p()]), 1e-3);
        for (int j = 0; j < pb.p(); j++) {
            assertEquals(exact.theta()[j], r.x()[j], 5e-3, "parameter " + j);
        }
    }

    @Test
    void activeSetLassoSatisfiesOptimalityConditions() {
        SplittableRandom rng = new SplittableRandom(9);
        int p = 12;
        double[][] m = new double[30][p];
        for (double[] row : m) {
            for (int j = 0; j < p; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) {
                for (double[] row : m) {
                    a[r][c] += row[r] * row[c];
                }
            }
            b[r] = 10 * rng.nextGaussian();
        }
        boolean[] l1 = new boolean[p];
        for (int j = 3; j < p; j++) {
            l1[j] = true;
        }
        double lambda = 8.0;
        double[] x = ActiveSetLasso.solve(a, b, l1, lambda, new double[p]);
        double[] g = ActiveSetLasso.gradient(a, b, x);
        int zeros = 0;
        for (int j = 0; j < p; j++) {
            if (!l1[j]) {
                assertEquals(0.0, g[j], 1e-8);
            } else if (x[j] == 0) {
                zeros++;
                assertTrue(Math.abs(g[j]) <= lambda + 1e-8, "zero coordinate " + j + " is optimal");
            } else {
                assertEquals(-lambda * Math.signum(x[j]), g[j], 1e-8);
            }
        }
        assertTrue(zeros > 0, "the penalty zeroes some coordinates");
    }

    @Test
    void lbfgsMinimisesRosenbrock() {
        Lbfgs.Result r = Lbfgs.minimise((x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }, new double[] {-1.2, 1}, 1000, 1e-16);
        assertEquals(1.0, r.x()[0], 1e-4);
        assertEquals(1.0, r.x()[1], 1e-4);
    }
}
