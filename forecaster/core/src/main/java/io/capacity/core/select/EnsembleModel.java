package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Residuals;
import io.capacity.core.series.TimeSeries;

import java.util.List;

/** Several fitted models whose forecasts are combined by a {@link Combiner}. Immutable. */
final class EnsembleModel implements FittedModel {
    private final List<FittedModel> members;
    private final Combiner combiner;
    private final ModelSpec spec;
    private final TimeSeries series;
    private final String method;

    EnsembleModel(List<FittedModel> members, Combiner combiner, ModelSpec spec, TimeSeries series, String kind) {
        this.members = List.copyOf(members);
        this.combiner = combiner;
        this.spec = spec;
        this.series = series;
        this.method = kind + " of " + String.join(", ", members.stream().map(FittedModel::method).toList());
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        return combiner.combine(members.stream().map(FittedModel::fitted).toList());
    }

    @Override
    public double[] residuals() {
        return Residuals.of(series, fitted());
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        Forecast fc = combiner.combine(members.stream().map(m -> m.forecast(horizon, levels)).toList(), method, spec);
        double[] fit = fitted();
        return new Forecast(fc.seriesId(), fc.start(), fc.step(), fc.mean(), fc.intervals(), fit,
                Residuals.of(series, fit), method, spec, fc.quality());
    }
}
