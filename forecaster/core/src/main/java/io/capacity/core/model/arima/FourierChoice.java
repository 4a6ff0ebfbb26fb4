package io.capacity.core.model.arima;

import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the number of Fourier harmonics of each extra season by AICc: for K = 1..max (all seasons sharing one K
 * index, capped by each season's own maximum) an auto-ARIMA is fitted and the lowest AICc wins. Differencing may
 * differ between K, so the comparison is approximate in the same way as R users' loops over K are.
 */
final class FourierChoice {
    private static final Logger LOG = LoggerFactory.getLogger(FourierChoice.class);

    private FourierChoice() {
    }

    static ArimaModel choose(TimeSeries series, AutoArimaSpec spec) {
        int maxK = spec.fourier().stream().mapToInt(FourierSeason::harmonics).max().orElse(0);
        ArimaModel best = null;
        int bestK = 0;
        for (int k = 1; k <= maxK; k++) {
            List<FourierSeason> seasons = new ArrayList<>();
            for (FourierSeason f : spec.fourier()) {
                seasons.add(new FourierSeason(f.period(), Math.min(k, f.harmonics())));
            }
            try {
                ArimaModel m = AutoArima.fitWith(series, spec, seasons);
                LOG.debug("{}: K={} gives {} AICc {}", series.id(), k, m.method(), m.diagnostics().aicc());
                if (best == null || m.diagnostics().aicc() < best.diagnostics().aicc()) {
                    best = m;
                    bestK = k;
                }
            } catch (ArimaFitException e) {
                LOG.debug("{}: K={} failed: {}", series.id(), k, e.getMessage());
            }
        }
        if (best == null) {
            throw new ArimaFitException(series.id() + ": no Fourier order K in 1.." + maxK + " gave a model");
        }
        LOG.info("{}: K={} Fourier harmonics by AICc ({}); fix K with option fourier_auto=false", series.id(), bestK,
                DifferencingDecision.round(best.diagnostics().aicc()));
        return best;
    }
}
