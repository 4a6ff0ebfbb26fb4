package io.capacity.core.model.mstl;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.model.ets.EtsSpec;
import io.capacity.core.model.ets.EtsWarmSpec;
import io.capacity.core.series.TimeSeries;
import java.util.Objects;

/**
 * An MSTL decomposition whose adjusted series' ETS (a concrete trend) is refit from the last estimate's weights
 * ({@link EtsWarmSpec}); the seasonal profiles are estimated as always (they have no optimiser).
 *
 * @param spec  the decomposition, its trend concrete
 * @param start the adjusted series' ETS weights from {@link FittedModel#startValues()}
 */
public record MstlWarmSpec(MstlSpec spec, StartValues start) implements ModelSpec {
    public MstlWarmSpec {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(start, "start");
        new EtsWarmSpec(new EtsSpec(spec.trend(), 1), start); // validates the trend and the start
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return MstlModel.fit(series, spec, new EtsWarmSpec(new EtsSpec(spec.trend(), 1), start));
    }
}
