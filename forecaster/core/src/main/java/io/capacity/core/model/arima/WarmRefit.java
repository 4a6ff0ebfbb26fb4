package io.capacity.core.model.arima;

import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cached ARIMA refit started from the last estimate: exact likelihood from the previous coefficients, without the
 * CSS stage (the history moved by a step or a few, so the optimum is close and BFGS needs few iterations). Guards,
 * each falling back to the cold estimate ({@link ArimaRefitSpec#cold}), whose coefficients then start the next
 * refit unchecked:
 * <ul>
 *   <li>the warm estimate fails, or has a root inside {@link RootCheck#MIN_ROOT} (non-stationary or
 *       non-invertible);</li>
 *   <li>it has nearly cancelling AR and MA factors ({@link NearCancel}) that the start did not have: the drift a
 *       warm-started exact fit was measured to take (see {@link AutoArima});</li>
 *   <li>on the first warm refit from a cold estimate (the start not yet {@link StartValues#checked()}), the cold
 *       estimate is fitted too and kept when its likelihood is higher by more than {@link #LOGLIK_TOLERANCE}.</li>
 * </ul>
 * When that first comparison finds the warm estimate as good, the cold one is still the one returned (it is at hand,
 * and so the first refit of a choice on an unchanged history forecasts exactly what choosing did), and its
 * coefficients start the next refit as checked: later warm refits skip the comparison.
 * Each fallback is logged at DEBUG with its reason; the pipeline counts them per run.
 */
final class WarmRefit {
    private static final Logger LOG = LoggerFactory.getLogger(WarmRefit.class);
    /** Log-likelihood a warm estimate may fall short of the cold one and still count as the same optimum. */
    static final double LOGLIK_TOLERANCE = 0.01;

    private WarmRefit() {
    }

    static ArimaModel fit(ArimaRefitSpec spec, TimeSeries series) {
        ArimaOrder o = spec.orders().order();
        StartValues start = spec.start();
        double[] from = start.values();
        if (RootCheck.minRoot(o, from) < RootCheck.MIN_ROOT) {
            return cold(spec, series, "the start has a root inside " + RootCheck.MIN_ROOT);
        }
        ArimaModel warm;
        try {
            warm = Arima.fit(series, spec.orders(), spec.search(), true, from);
        } catch (ArimaFitException e) {
            return cold(spec, series, "the warm estimate failed: " + e.getMessage());
        }
        double[] coef = warm.coefficients();
        if (RootCheck.minRoot(o, coef) < RootCheck.MIN_ROOT) {
            return cold(spec, series, "the warm estimate has a root inside " + RootCheck.MIN_ROOT);
        }
        if (NearCancel.near(o, coef) && !NearCancel.near(o, from)) {
            return cold(spec, series, "the warm estimate has nearly cancelling AR and MA factors");
        }
        if (start.checked()) {
            return warm.withStart(new StartValues(coef, true, true));
        }
        ArimaModel cold;
        try {
            cold = spec.cold(series);
        } catch (ArimaFitException e) {
            return warm.withStart(new StartValues(coef, false, true));
        }
        double shortfall = cold.diagnostics().logLik() - warm.diagnostics().logLik();
        if (shortfall > LOGLIK_TOLERANCE) {
            LOG.debug("series {}: {}: the warm estimate's log-likelihood is {} below the cold one's; kept the cold"
                    + " estimate", series.id(), spec.orders(), shortfall);
            return cold;
        }
        return cold.withStart(new StartValues(cold.coefficients(), true, true));
    }

    private static ArimaModel cold(ArimaRefitSpec spec, TimeSeries series, String why) {
        LOG.debug("series {}: {}: {}; refit from a cold start", series.id(), spec.orders(), why);
        return spec.cold(series);
    }
}
