package io.capacity.core.model.prophet;

/**
 * Chooses the optimiser: the exact linear solve when the model is linear in its parameters (linear growth, additive terms),
 * L-BFGS on the analytic gradient otherwise, warm-started so that it has only the nonlinear part left to do.
 */
final class MapFit {
    private static final int MAX_ITERATIONS = 5000;
    private static final double REL_TOL = 1e-13;

    private MapFit() {
    }

    static MapEstimate fit(Problem pb) {
        if (!pb.logistic() && !pb.anyMultiplicative()) {
            return LinearMapSolver.solve(pb);
        }
        double[] start = new double[pb.p() + 1];
        if (pb.logistic()) {
            logisticStart(pb, start);
        } else {
            multiplicativeStart(pb, start);
        }
        Posterior post = new Posterior(pb);
        Lbfgs.Result r = Lbfgs.minimise(post::value, start, MAX_ITERATIONS, REL_TOL);
        double[] theta = java.util.Arrays.copyOf(r.x(), pb.p());
        return new MapEstimate(theta, Math.exp(r.x()[pb.p()]), r.iterations(), r.converged(), "lbfgs");
    }

    /** All terms fitted as if additive by the linear solver, then multiplicative coefficients divided by the mean trend. */
    private static void multiplicativeStart(Problem pb, double[] start) {
        boolean[] none = new boolean[pb.p()];
        Problem additive = new Problem(pb.cols(), pb.hinges(), pb.y(), null, none, pb.priorScale(), pb.tau());
        MapEstimate e = LinearMapSolver.solve(additive);
        double level = 0;
        for (int i = 0; i < pb.n(); i++) {
            double z = 0;
            for (int j = 0; j < pb.firstFeature(); j++) {
                z += e.theta()[j] * pb.cols()[j][i];
            }
            level += z / pb.n();
        }
        for (int j = 0; j < pb.p(); j++) {
            boolean scale = pb.multiplicative()[j] && Math.abs(level) > 1e-3;
            start[j] = scale ? e.theta()[j] / level : e.theta()[j];
        }
        start[pb.p()] = Math.log(Math.max(e.sigma(), 1e-6));
    }

    /** Straight line through the logits of the data (clipped away from 0 and the cap), the rest at zero. */
    private static void logisticStart(Problem pb, double[] start) {
        int n = pb.n();
        double st = 0, sz = 0, stt = 0, stz = 0;
        double[] t = pb.cols()[0];
        for (int i = 0; i < n; i++) {
            double frac = Math.min(0.99, Math.max(0.01, pb.y()[i] / pb.cap()[i]));
            double z = Math.log(frac / (1 - frac));
            st += t[i];
            sz += z;
            stt += t[i] * t[i];
            stz += t[i] * z;
        }
        double den = n * stt - st * st;
        double k = den > 1e-12 ? (n * stz - st * sz) / den : 0.0;
        double m = (sz - k * st) / n;
        start[0] = k;
        start[1] = m;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double g = pb.cap()[i] / (1 + Math.exp(-(k * t[i] + m)));
            ss += (pb.y()[i] - g) * (pb.y()[i] - g);
        }
        start[pb.p()] = Math.log(Math.max(Math.sqrt(ss / n), 1e-6));
    }
}
