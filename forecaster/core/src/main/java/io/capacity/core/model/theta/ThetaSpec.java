package io.capacity.core.model.theta;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

/**
 * Theta method with seasonal adjustment.
 *
 * @param season seasonal period tested and removed (1 for none)
 */
public record ThetaSpec(int season) implements ModelSpec {
    public ThetaSpec {
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1 (1 for none), got " + season);
        }
    }

    @Override
    public String name() {
        return "theta";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return ThetaModel.fit(series, this);
    }
}
