package io.capacity.core.model.ets;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Least-squares estimation of one trend form. The weights are optimised on an unconstrained logistic scale inside
 * the usual admissible box (alpha in [1e-4, 0.9999], beta in [1e-4, alpha], gamma in [1e-4, 1 - alpha], phi in
 * [0.8, 0.98], the bounds R's {@code ets} uses), so Nelder-Mead needs no penalty.
 */
final class EtsOptimiser {
    private static final double LO = 1e-4;
    private static final double HI = 0.9999;

    private EtsOptimiser() {
    }

    static EtsParams fit(double[] y, Trend trend, int m) {
        double[] season0 = m > 1 ? InitialStates.season(y, m) : new double[0];
        double[] lb = InitialStates.levelAndSlope(y, season0);
        double spread = Math.max(InitialStates.sd(y), 1e-8);
        // x = [u_alpha, level0, u_beta, trend0, u_phi, u_gamma] restricted to the parameters the form has.
        double[] start = pack(trend, m, logit(0.2), lb[0], logit(0.1), lb[1], logit(0.5), logit(0.1));
        double[] steps = pack(trend, m, 1, 0.2 * spread, 1, 0.1 * spread / Math.max(m, 10), 1, 1);
        SimplexOptimizer opt = new SimplexOptimizer(1e-9, 1e-12);
        PointValuePair best = opt.optimize(new MaxEval(3000 + 500 * start.length),
                new ObjectiveFunction(x -> EtsRecursion.run(y, unpack(x, trend, season0)).sse),
                GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(steps));
        return unpack(best.getPoint(), trend, season0);
    }

    private static double[] pack(Trend trend, int m, double ua, double l0, double ub, double b0, double up,
                                 double ug) {
        boolean trended = trend == Trend.ADDITIVE || trend == Trend.DAMPED;
        double[] x = new double[2 + (trended ? 2 : 0) + (trend == Trend.DAMPED ? 1 : 0) + (m > 1 ? 1 : 0)];
        int i = 0;
        x[i++] = ua;
        x[i++] = l0;
        if (trended) {
            x[i++] = ub;
            x[i++] = b0;
        }
        if (trend == Trend.DAMPED) {
            x[i++] = up;
        }
        if (m > 1) {
            x[i] = ug;
        }
        return x;
    }

    static EtsParams unpack(double[] x, Trend trend, double[] season0) {
        boolean trended = trend == Trend.ADDITIVE || trend == Trend.DAMPED;
        int i = 0;
        double alpha = box(x[i++], LO, HI);
        double level0 = x[i++];
        double beta = 0;
        double trend0 = 0;
        if (trended) {
            beta = box(x[i++], LO, alpha);
            trend0 = x[i++];
        }
        double phi = trend == Trend.DAMPED ? box(x[i++], 0.8, 0.98) : 1;
        double gamma = season0.length > 1 ? box(x[i], LO, Math.max(1 - alpha, 2 * LO)) : 0;
        return new EtsParams(trend, alpha, beta, gamma, phi, level0, trend0, season0);
    }

    private static double box(double u, double lo, double hi) {
        return lo + (hi - lo) / (1 + Math.exp(-u));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
