package io.capacity.core.model.arima;

import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Fits one candidate of the search and scores it by AICc. With the approximation the fit is CSS only and the
 * likelihood is the CSS one scaled to the n - d - Dm differenced observations (as R's offset, up to a constant
 * shared by every candidate). Fits that fail, or leave a root inside 1.01, score +Inf.
 *
 * <p>Speed: each candidate starts from the best model so far ({@link WarmStart}; stepwise moves are one order from
 * it) with a looser tolerance than a final fit, since the criterion only has to rank candidates (1e-6 relative on
 * the per-observation objective moves an AICc of n ~ 900 by ~1e-3).
 */
final class CandidateFitter implements StepwiseSearch.Fitter {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateFitter.class);
    static final double SEARCH_REL_TOL = 1e-6;

    private final TimeSeries series;
    private final AutoArimaSpec auto;
    private final List<FourierSeason> fourier;
    private final int d;
    private final int sd;
    private final boolean approx;
    private ArimaSpec best;
    private double[] bestCoef;
    private double bestIc = Double.POSITIVE_INFINITY;

    CandidateFitter(TimeSeries series, AutoArimaSpec auto, List<FourierSeason> fourier, int d, int sd, boolean approx) {
        this.series = series;
        this.auto = auto;
        this.fourier = fourier;
        this.d = d;
        this.sd = sd;
        this.approx = approx;
    }

    ArimaSpec spec(Candidate c, FitMethod method) {
        return spec(c.p(), c.q(), c.sp(), c.sq(), c.constant(), method);
    }

    private ArimaSpec spec(int p, int q, int sp, int sq, boolean constant, FitMethod method) {
        int m = auto.period();
        ArimaOrder o = m > 1 ? ArimaOrder.of(p, d, q, sp, sd, sq, m) : ArimaOrder.of(p, d, q);
        return new ArimaSpec(o, constant, auto.xreg(), fourier, null, method);
    }

    @Override
    public double ic(int p, int q, int sp, int sq, boolean constant) {
        ArimaSpec spec = spec(p, q, sp, sq, constant, approx ? FitMethod.CSS : FitMethod.CSS_ML);
        double ic;
        try {
            Arima.Prepared prep = Arima.prepare(series, spec);
            ArimaEstimator.Estimate est = Arima.estimate(prep, spec, !approx, start(spec, prep), SEARCH_REL_TOL);
            if (!est.ok()) {
                LOG.debug("{}: {} dropped: {}", series.id(), spec, est.message());
                return Double.POSITIVE_INFINITY;
            }
            int nstar = prep.nstar();
            double loglik = approx ? -0.5 * nstar * (Math.log(2 * Math.PI * est.sigma2()) + 1) : est.loglik();
            ic = ArimaDiagnostics.criteria(loglik, prep.free() + 1, nstar)[1];
            if (RootCheck.minRoot(spec.order(), est.coef()) < RootCheck.MIN_ROOT) {
                LOG.debug("{}: {} dropped: root inside {}", series.id(), spec, RootCheck.MIN_ROOT);
                return Double.POSITIVE_INFINITY;
            }
            if (ic < bestIc) {
                bestIc = ic;
                best = spec;
                bestCoef = est.coef();
            }
        } catch (ArimaFitException e) {
            LOG.debug("{}: {} dropped: {}", series.id(), spec, e.getMessage());
            return Double.POSITIVE_INFINITY;
        }
        LOG.debug("{}: {} AICc {}", series.id(), spec, ic);
        return ic;
    }

    /** Start mapped from the best model so far; exact (non-approximate) search fits start at the origin as R. */
    private double[] start(ArimaSpec spec, Arima.Prepared prep) {
        if (best == null || !approx) {
            return null;
        }
        return WarmStart.coefficients(best.order(), bestCoef, spec.order(), prep.x().length,
                best.constant() == spec.constant());
    }
}
