package io.capacity.core.model.ets;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

import java.util.Objects;

/**
 * Additive-error exponential smoothing.
 *
 * @param trend  the trend, or AUTO to choose NONE / ADDITIVE / DAMPED by AICc
 * @param season seasonal period for an additive season; 1 for none (a season needs two full periods of data)
 */
public record EtsSpec(Trend trend, int season) implements ModelSpec {
    public EtsSpec {
        Objects.requireNonNull(trend, "trend");
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1 (1 for none), got " + season);
        }
    }

    /** Non-seasonal, trend chosen by AICc: the usual model for a seasonally adjusted series. */
    public static EtsSpec auto() {
        return new EtsSpec(Trend.AUTO, 1);
    }

    @Override
    public String name() {
        return "ets"; // the catalogue name; method() of the fitted model says which ETS was chosen
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return EtsFitter.fit(series, this);
    }
}
