package io.capacity.core.model.prophet;

/**
 * The MAP problem on the observed steps, in scaled units. Columns: scaled time {@code t}, a constant, one hinge per
 * changepoint, then the regressor columns. Parameters in the same order: growth rate k, offset m, rate changes
 * delta (Laplace prior of scale {@code tau}), coefficients beta (normal priors), and last the log noise scale.
 *
 * @param cap logistic ceiling per observed step in scaled units, null for linear growth
 */
record Problem(double[][] cols, int hinges, double[] y, double[] cap, boolean[] multiplicative, double[] priorScale,
               double tau) {
    /** Normal prior scale of k and m, Prophet's. */
    static final double TREND_PRIOR = 5.0;
    /** Half-normal prior scale of the noise, Prophet's. */
    static final double SIGMA_PRIOR = 0.5;
    /** Smoothing of |delta|: far below any rate change that would show in a forecast, far above rounding. */
    static final double L1_SMOOTHING = 1e-5;

    int n() {
        return y.length;
    }

    /** Number of linear parameters (everything but the noise scale). */
    int p() {
        return cols.length;
    }

    int firstFeature() {
        return 2 + hinges;
    }

    boolean logistic() {
        return cap != null;
    }

    boolean anyMultiplicative() {
        for (boolean m : multiplicative) {
            if (m) {
                return true;
            }
        }
        return false;
    }

    /** Negative log prior of the linear parameters with the smoothed Laplace term. */
    double negLogPrior(double[] theta, double[] grad) {
        double f = 0;
        for (int j = 0; j < p(); j++) {
            double v = theta[j];
            if (j >= 2 && j < firstFeature()) {
                double r = Math.sqrt(v * v + L1_SMOOTHING * L1_SMOOTHING);
                f += r / tau;
                if (grad != null) {
                    grad[j] += v / (r * tau);
                }
            } else {
                double s = priorScale[j];
                f += v * v / (2 * s * s);
                if (grad != null) {
                    grad[j] += v / (s * s);
                }
            }
        }
        return f;
    }
}
