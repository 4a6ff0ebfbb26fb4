package io.capacity.core.model.ets;

import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits one trend form by least squares, or each of NONE / ADDITIVE / DAMPED and keeps the lowest AICc. The choice
 * is logged at DEBUG (it happens inside every backtest window); force one with {@code new EtsSpec(Trend.X, m)}.
 */
final class EtsFitter {
    private static final Logger LOG = LoggerFactory.getLogger(EtsFitter.class);

    private EtsFitter() {
    }

    static EtsModel fit(TimeSeries series, EtsSpec spec) {
        return fit(series, spec, null);
    }

    /** @param weights null, or alpha, beta, phi, gamma to start a concrete trend form's optimiser from */
    static EtsModel fit(TimeSeries series, EtsSpec spec, double[] weights) {
        double[] y = series.values();
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("ets needs finite values; fill gaps first (series "
                        + series.id() + ")");
            }
        }
        int m = spec.season() > 1 && y.length >= 2 * spec.season() ? spec.season() : 1;
        if (y.length < 4) {
            throw new IllegalArgumentException("ets needs at least 4 values, got " + y.length);
        }
        if (spec.trend() != Trend.AUTO) {
            return EtsModel.of(series, spec, EtsOptimiser.fit(y, spec.trend(), m, weights));
        }
        EtsModel best = null;
        double bestAicc = Double.POSITIVE_INFINITY;
        for (Trend t : new Trend[]{Trend.NONE, Trend.ADDITIVE, Trend.DAMPED}) {
            EtsModel candidate = EtsModel.of(series, spec, EtsOptimiser.fit(y, t, m));
            if (candidate.aicc() < bestAicc || best == null) {
                best = candidate;
                bestAicc = candidate.aicc();
            }
        }
        LOG.debug("series {}: ETS trend chosen by AICc {}: {} (force with option ets_trend=none|additive|damped)",
                series.id(), String.format("%.1f", bestAicc), best.method());
        return best;
    }
}
