package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

import java.util.Objects;

/**
 * A spec under another name, so one model can be a candidate twice with different settings (seasonal naive on
 * the daily and on the weekly season) while candidate names stay unique.
 */
public record Named(String name, ModelSpec spec) implements ModelSpec {
    public Named {
        Objects.requireNonNull(spec, "spec");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a named spec needs a non-blank name");
        }
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return spec.fit(series);
    }
}
