package io.capacity.core.model.prophet;

/**
 * Negative log posterior of the general model {@code y = g(z) (1 + X_mult beta) + X_add beta + noise} with its
 * analytic gradient, where {@code z} is the piecewise-linear trend and {@code g} the identity (linear growth) or
 * {@code cap * sigmoid(z)} (logistic growth). The parameter vector ends with {@code log sigma} so that the optimiser
 * works unconstrained.
 */
final class Posterior {
    private final Problem pb;
    private final double[] z;
    private final double[] mult;
    private final double[] w;

    Posterior(Problem pb) {
        this.pb = pb;
        this.z = new double[pb.n()];
        this.mult = new double[pb.n()];
        this.w = new double[pb.n()];
    }

    /** Objective at {@code x}; fills {@code grad} (same length) when not null. */
    double value(double[] x, double[] grad) {
        int n = pb.n();
        int p = pb.p();
        int f0 = pb.firstFeature();
        double[][] cols = pb.cols();
        double[] pred = new double[n];
        java.util.Arrays.fill(z, 0.0);
        java.util.Arrays.fill(mult, 0.0);
        for (int j = 0; j < p; j++) {
            double b = x[j];
            if (b == 0.0) {
                continue;
            }
            double[] c = cols[j];
            double[] target = j < f0 ? z : pb.multiplicative()[j] ? mult : pred;
            for (int i = 0; i < n; i++) {
                target[i] += b * c[i];
            }
        }
        double ssr = 0;
        double[] y = pb.y();
        double[] cap = pb.cap();
        for (int i = 0; i < n; i++) {
            double g = z[i];
            double dg = 1.0;
            if (cap != null) {
                double s = 1.0 / (1.0 + Math.exp(-z[i]));
                g = cap[i] * s;
                dg = cap[i] * s * (1 - s);
            }
            double r = y[i] - (g * (1 + mult[i]) + pred[i]);
            ssr += r * r;
            // w holds -r (so the data gradient is sum w * column / sigma^2); z is reused for the trend chain rule.
            w[i] = -r;
            z[i] = -r * dg * (1 + mult[i]);
            mult[i] = -r * g;
        }
        double logSigma = x[p];
        double inv2 = Math.exp(-2 * logSigma);
        double sigma2 = 1 / inv2;
        double s0 = Problem.SIGMA_PRIOR;
        double f = 0.5 * ssr * inv2 + n * logSigma + sigma2 / (2 * s0 * s0);
        if (grad != null) {
            java.util.Arrays.fill(grad, 0.0);
            for (int j = 0; j < p; j++) {
                double[] c = cols[j];
                double[] src = j < f0 ? z : pb.multiplicative()[j] ? mult : w;
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += src[i] * c[i];
                }
                grad[j] = s * inv2;
            }
            grad[p] = -ssr * inv2 + n + sigma2 / (s0 * s0);
        }
        return f + pb.negLogPrior(x, grad);
    }
}
