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
    /** Simplex edge on the logistic scale from a cold start, and from a warm one (next to the last optimum). */
    private static final double COLD_STEP = 1;
    private static final double WARM_STEP = 0.25;

    private EtsOptimiser() {
    }

    static EtsParams fit(double[] y, Trend trend, int m) {
        return fit(y, trend, m, null);
    }

    /**
     * @param weights null for a cold start, else the last estimate's alpha, beta, phi and gamma (the entries the form
     *                lacks are ignored): the simplex starts there, a quarter of the cold simplex's size; the initial
     *                states start from the data as in a cold fit (the history's first value moved)
     */
    static EtsParams fit(double[] y, Trend trend, int m, double[] weights) {
        double[] season0 = m > 1 ? InitialStates.season(y, m) : new double[0];
        double[] lb = InitialStates.levelAndSlope(y, season0);
        double spread = Math.max(InitialStates.sd(y), 1e-8);
        // x = [u_alpha, level0, u_beta, trend0, u_phi, u_gamma] restricted to the parameters the form has.
        double[] start;
        if (weights == null) {
            start = pack(trend, m, logit(0.2), lb[0], logit(0.1), lb[1], logit(0.5), logit(0.1));
        } else {
            double alpha = clamp(weights[0], LO, HI);
            start = pack(trend, m, inside(alpha, LO, HI), lb[0], inside(weights[1], LO, alpha), lb[1],
                    inside(weights[2], 0.8, 0.98), inside(weights[3], LO, Math.max(1 - alpha, 2 * LO)));
        }
        double u = weights == null ? COLD_STEP : WARM_STEP;
        double[] steps = pack(trend, m, u, 0.2 * spread, u, 0.1 * spread / Math.max(m, 10), u, u);
        SimplexOptimizer opt = new SimplexOptimizer(1e-9, 1e-12);
        PointValuePair best = opt.optimize(new MaxEval(3000 + 500 * start.length),
                new ObjectiveFunction(x -> EtsRecursion.sse(y, unpack(x, trend, season0))),
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

    /** The logistic-scale value {@link #box} maps to {@code v} in [lo, hi], kept off the ends. */
    private static double inside(double v, double lo, double hi) {
        double f = (v - lo) / (hi - lo);
        return logit(clamp(f, 1e-6, 1 - 1e-6));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
