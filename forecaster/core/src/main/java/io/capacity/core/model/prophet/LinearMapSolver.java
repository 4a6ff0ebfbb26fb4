package io.capacity.core.model.prophet;

/**
 * MAP for linear growth with additive terms, where the model is linear in its parameters and only the Laplace prior
 * and the noise scale are not quadratic. For a fixed noise scale the problem is a lasso on the rate changes with
 * ridge on everything else, solved exactly by {@link ActiveSetLasso}; the noise scale then moves to its conditional
 * mode, and the two alternate until the scale settles (coordinate-wise, so the posterior never falls). X'X is formed
 * once, so each round costs a few small Cholesky solves.
 */
final class LinearMapSolver {
    private static final int MAX_ROUNDS = 200;
    private static final double TOLERANCE = 1e-10;

    private LinearMapSolver() {
    }

    static MapEstimate solve(Problem pb) {
        int n = pb.n();
        int p = pb.p();
        double[][] cols = pb.cols();
        double[][] gram = new double[p][p];
        double[] xty = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                gram[a][b] = gram[b][a] = dot(cols[a], cols[b], n);
            }
            xty[a] = dot(cols[a], pb.y(), n);
        }
        double yy = dot(pb.y(), pb.y(), n);
        boolean[] l1 = new boolean[p];
        for (int j = 2; j < pb.firstFeature(); j++) {
            l1[j] = true;
        }
        // Start from a nominal noise variance of 1 % of the range squared: only the first lasso depends on it.
        double sigma2 = 1e-4;
        double[] theta = new double[p];
        int round = 0;
        boolean converged = false;
        while (round++ < MAX_ROUNDS && !converged) {
            // Multiplied through by sigma^2, which keeps A well scaled however small the noise is.
            double[][] a = new double[p][p];
            for (int r = 0; r < p; r++) {
                a[r] = gram[r].clone();
                if (!l1[r]) {
                    a[r][r] += sigma2 / (pb.priorScale()[r] * pb.priorScale()[r]);
                }
            }
            theta = ActiveSetLasso.solve(a, xty, l1, sigma2 / pb.tau(), theta);
            double next = sigmaMode(n, ssr(theta, gram, xty, yy));
            converged = Math.abs(next - sigma2) <= TOLERANCE * sigma2 + 1e-300;
            sigma2 = next;
        }
        return new MapEstimate(theta, Math.sqrt(sigma2), round, converged, "active-set");
    }

    /** Mode of sigma^2 given the residual sum of squares, with Prophet's half-normal(0.5) prior on sigma. */
    static double sigmaMode(int n, double ssr) {
        double c = 1 / (Problem.SIGMA_PRIOR * Problem.SIGMA_PRIOR);
        // Positive root of n s - ssr + c s^2 = 0 in s = sigma^2 (the derivative of the negative log posterior).
        double s2 = (-n + Math.sqrt((double) n * n + 4 * c * ssr)) / (2 * c);
        return Math.max(s2, 1e-20);
    }

    private static double ssr(double[] theta, double[][] gram, double[] xty, double yy) {
        double quad = 0;
        double lin = 0;
        for (int a = 0; a < theta.length; a++) {
            lin += theta[a] * xty[a];
            double row = 0;
            for (int b = 0; b < theta.length; b++) {
                row += gram[a][b] * theta[b];
            }
            quad += theta[a] * row;
        }
        return Math.max(yy - 2 * lin + quad, 0.0);
    }

    static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
