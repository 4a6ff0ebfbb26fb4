package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.TimeSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last resort: a flat line at the last value with zero-width intervals. Used for constant series (where it is
 * exact) and when not even a baseline can fit (a single value); the grade then says why.
 */
final class FlatModel implements FittedModel {
    private final TimeSeries series;
    private final ModelSpec spec;
    private final double level;

    FlatModel(TimeSeries series, ModelSpec spec) {
        this.series = series;
        this.spec = spec;
        this.level = series.value(series.size() - 1);
    }

    @Override
    public String method() {
        return "Flat at " + level;
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        double[] f = new double[series.size()];
        Arrays.fill(f, level);
        return f;
    }

    @Override
    public double[] residuals() {
        double[] r = series.values();
        for (int i = 0; i < r.length; i++) {
            r[i] -= level;
        }
        return r;
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        FittedModel.requireHorizon(horizon);
        double[] mean = new double[horizon];
        Arrays.fill(mean, level);
        List<PredictionInterval> pis = new ArrayList<>();
        for (double l : levels) {
            pis.add(new PredictionInterval(l, mean, mean));
        }
        return new Forecast(series.id(), series.timeAt(series.size()), series.step(), mean, pis, fitted(),
                residuals(), method(), spec, Quality.ungraded());
    }
}
