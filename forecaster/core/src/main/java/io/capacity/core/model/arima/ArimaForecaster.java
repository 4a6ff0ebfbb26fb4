package io.capacity.core.model.arima;

import io.capacity.core.forecast.PredictionInterval;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Forecast means and variances. The ARMA state is propagated from its filtered mean and covariance, then
 * integrated by the differencing filter. Variance has two independent parts: the uncertainty of the state at the
 * end of the sample, c_h' P c_h with c_h the integrated loading of that state on y_(n+h), and the future shocks,
 * sigma^2 times the sum of squared psi weights of the full (differenced) model. This avoids propagating an
 * r + d + Dm dimensional covariance through h steps.
 */
final class ArimaForecaster {
    private ArimaForecaster() {
    }

    record Paths(double[] mean, double[] variance) {
    }

    static Paths paths(ArimaOrder o, FinalPass pass, double[] coef, double[][] xf, double sigma2, int h) {
        StateSpace ss = pass.stateSpace();
        int r = ss.r();
        double[] delta = Differencing.coefficients(o.d(), o.sd(), o.period());
        int nd = delta.length;
        double[] a = pass.state().clone();
        double[] u = new double[nd + h];
        System.arraycopy(pass.lastErrors(), 0, u, 0, nd);
        for (int k = 0; k < h; k++) {
            double s = a[0];
            for (int i = 0; i < nd; i++) {
                s += delta[i] * u[nd + k - 1 - i];
            }
            u[nd + k] = s;
            ss.transition(a);
        }
        double[] mean = new double[h];
        int na = o.armaCount();
        for (int k = 0; k < h; k++) {
            double m = u[nd + k];
            for (int j = 0; j < xf.length; j++) {
                m += coef[na + j] * xf[j][k];
            }
            mean[k] = m;
        }
        double[] integ = Differencing.integrationWeights(delta, h);
        double[] psiArma = ArmaPolynomials.psi(ss.phi(), ss.p(), ss.theta(), ss.q(), h);
        double[] psiFull = new double[h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i <= j; i++) {
                psiFull[j] += integ[i] * psiArma[j - i];
            }
        }
        // g[k] = Z T^k as rows; c_h = sum_k integ[h-1-k] g[k].
        double[][] g = new double[h][r];
        g[0][0] = 1;
        for (int k = 1; k < h; k++) {
            double s = 0;
            for (int i = 0; i < r; i++) {
                s += g[k - 1][i] * ss.phiAt(i);
            }
            g[k][0] = s;
            System.arraycopy(g[k - 1], 0, g[k], 1, r - 1);
        }
        double[] var = new double[h];
        double[] c = new double[r];
        double[] pm = pass.covariance();
        double shocks = 0;
        for (int step = 0; step < h; step++) {
            java.util.Arrays.fill(c, 0);
            for (int k = 0; k <= step; k++) {
                double wgt = integ[step - k];
                for (int i = 0; i < r; i++) {
                    c[i] += wgt * g[k][i];
                }
            }
            double quad = 0;
            for (int i = 0; i < r; i++) {
                double row = 0;
                for (int j = 0; j < r; j++) {
                    row += pm[i * r + j] * c[j];
                }
                quad += c[i] * row;
            }
            if (step > 0) {
                shocks += psiFull[step - 1] * psiFull[step - 1];
            }
            var[step] = sigma2 * (quad + shocks);
        }
        return new Paths(mean, var);
    }

    static List<PredictionInterval> intervals(Paths p, double... levels) {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        List<PredictionInterval> out = new ArrayList<>();
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw new IllegalArgumentException("interval level must be in (0, 100), got " + level);
            }
            double zq = normal.inverseCumulativeProbability(0.5 + level / 200);
            double[] lo = new double[p.mean().length];
            double[] hi = new double[lo.length];
            for (int k = 0; k < lo.length; k++) {
                double half = zq * Math.sqrt(p.variance()[k]);
                lo[k] = p.mean()[k] - half;
                hi[k] = p.mean()[k] + half;
            }
            out.add(new PredictionInterval(level, lo, hi));
        }
        return out;
    }
}
