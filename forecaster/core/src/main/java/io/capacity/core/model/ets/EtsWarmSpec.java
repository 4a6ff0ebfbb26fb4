package io.capacity.core.model.ets;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ETS of a known trend form refit from the last estimate's smoothing weights (a cached choice's hourly refit):
 * Nelder-Mead starts at those weights with a simplex a quarter of the cold one's size. On the first warm refit from a
 * cold estimate (the start not yet {@link StartValues#checked()}) the cold fit runs too and is kept when its AICc is
 * lower by more than {@link #AICC_TOLERANCE}. When the warm estimate is as good, the cold one is still returned (so
 * the first refit on an unchanged history equals the choosing fit) with its weights as a checked start: later refits
 * skip the comparison.
 *
 * @param spec  the form (a concrete trend, not AUTO) and season
 * @param start alpha, beta, phi and gamma from {@link EtsModel#startValues()}
 */
public record EtsWarmSpec(EtsSpec spec, StartValues start) implements ModelSpec {
    private static final Logger LOG = LoggerFactory.getLogger(EtsWarmSpec.class);
    /** AICc a warm estimate may exceed the cold one's by and still count as the same optimum. */
    static final double AICC_TOLERANCE = 0.02;

    public EtsWarmSpec {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(start, "start");
        if (spec.trend() == Trend.AUTO) {
            throw new IllegalArgumentException("a warm ETS refit needs a concrete trend, got auto");
        }
        if (start.values().length != 4) {
            throw new IllegalArgumentException("a warm ETS start needs alpha, beta, phi and gamma, got "
                    + start.values().length + " values");
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        EtsModel warm = EtsFitter.fit(series, spec, start.values()).withStart(true, start.checked());
        if (start.checked()) {
            return warm;
        }
        EtsModel cold = EtsFitter.fit(series, spec);
        if (warm.aicc() > cold.aicc() + AICC_TOLERANCE) {
            LOG.debug("series {}: the warm ETS estimate's AICc is {} above the cold one's; kept the cold estimate",
                    series.id(), warm.aicc() - cold.aicc());
            return cold;
        }
        return cold.withStart(true, true);
    }
}
