package io.capacity.core.model.prophet;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fitted Prophet-style model. Immutable; every array in or out is a copy. Forecasts are deterministic: the
 * simulation seed comes from the spec.
 */
public final class ProphetModel implements FittedModel {
    private final ProphetSpec spec;
    private final String seriesId;
    private final Instant start;
    private final Duration step;
    private final int n;
    private final Predictor predictor;
    private final MapEstimate estimate;
    private final NoiseCalibration calibration;
    private final double[] fitted;
    private final double[] residuals;
    private final Quality quality;

    ProphetModel(ProphetSpec spec, TimeSeries series, Predictor predictor, MapEstimate estimate, NoiseCalibration cal) {
        this.spec = spec;
        this.seriesId = series.id();
        this.start = series.start();
        this.step = series.step();
        this.n = series.size();
        this.predictor = predictor;
        this.estimate = estimate;
        this.calibration = cal;
        this.fitted = unscale(predictor.predict(0, n, Map.of()));
        this.residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = series.value(i) - fitted[i];
        }
        this.quality = ModelQuality.grade(this);
    }

    @Override
    public String method() {
        StringBuilder s = new StringBuilder("Prophet(").append(spec.growth().name().toLowerCase(java.util.Locale.ROOT))
                .append(", ").append(predictor.changepointCount()).append(" changepoints");
        for (Seasonality season : predictor.features().seasonalities()) {
            s.append(", ").append(season.name()).append('[').append(season.order()).append(']');
            if (season.mode() == Mode.MULTIPLICATIVE) {
                s.append('*');
            }
        }
        return s.append(')').toString();
    }

    @Override
    public ProphetSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    @Override
    public Forecast forecast(int horizon) {
        return forecast(horizon, Map.of(), spec.levels());
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        return forecast(horizon, Map.of(), levels);
    }

    /**
     * Forecast with future values of extra regressors, each array indexed from the first step after the history
     * (needed for the steps the spec's own regressor values do not cover).
     */
    public Forecast forecast(int horizon, Map<String, double[]> futureRegressors, double... levels) {
        FittedModel.requireHorizon(horizon);
        for (double l : levels) {
            if (!(l > 0 && l < 100)) {
                throw new IllegalArgumentException("interval level must be in (0, 100), got " + l);
            }
        }
        Prediction future = predictor.predict(n, n + horizon, Map.copyOf(futureRegressors));
        double[] ar = predictor.ar().forecast(horizon);
        double[] mean = predictor.forecastScaled(future);
        for (int i = 0; i < horizon; i++) {
            mean[i] = predictor.scaling().fromScaled(n + i, mean[i]);
        }
        // The noise of step i: the calibrated residual scale times the residual autoregression's spread, which
        // grows with the horizon (constant without an autoregression).
        double[] noise = predictor.ar().spread(horizon);
        for (int i = 0; i < horizon; i++) {
            noise[i] *= predictor.sigma() * calibration.inflation();
        }
        List<PredictionInterval> intervals;
        if (spec.uncertaintySamples() > 0) {
            double[][] paths = TrendSimulator.simulate(predictor, future, spec.uncertaintySamples(), noise,
                    spec.seed());
            for (int i = 0; i < horizon; i++) {
                for (int r = 0; r < paths[i].length; r++) {
                    paths[i][r] = predictor.scaling().fromScaled(n + i, paths[i][r] + ar[i]);
                }
            }
            intervals = SimulatedIntervals.fromSamples(mean, paths, levels);
        } else {
            for (int i = 0; i < horizon; i++) {
                noise[i] *= predictor.scaling().scale();
            }
            intervals = SimulatedIntervals.normal(mean, noise, levels);
        }
        Instant first = start == null ? null : start.plus(step.multipliedBy(n));
        return new Forecast(seriesId, first, step, mean, intervals, fitted, residuals, method(), spec, quality);
    }

    /**
     * A named component ("trend", a seasonality, event or regressor name) over steps {@code [from, from + length)}
     * counted from the start of the history: additive ones in series units, multiplicative ones as a fraction of the
     * trend.
     */
    public double[] component(String name, int from, int length) {
        return predictor.component(name, from, from + length, Map.of());
    }

    /** The fitted rate changes in time order. */
    public List<TrendChange> trendChanges() {
        List<TrendChange> out = new ArrayList<>();
        double perStep = rateUnit();
        for (int j = 0; j < predictor.changepointCount(); j++) {
            int index = (int) Math.round(predictor.cpTimes()[j] * (n - 1));
            out.add(new TrendChange(index, predictor.delta(j) * perStep));
        }
        return out;
    }

    /** Growth rate at the start of the history, in the units of {@link TrendChange}. */
    public double initialRate() {
        return predictor.rate() * rateUnit();
    }

    /** Noise standard deviation of the fit, in series units. */
    public double sigma() {
        return predictor.sigma() * predictor.scaling().scale();
    }

    /** Factor by which the interval noise exceeds {@link #sigma()} (1 without backtest calibration). */
    public double intervalInflation() {
        return calibration.inflation();
    }

    public Quality quality() {
        return quality;
    }

    /** Whether the optimiser met its tolerance, and which optimiser ran ("active-set" or "lbfgs"). */
    public boolean converged() {
        return estimate.converged();
    }

    public String optimiser() {
        return estimate.optimiser();
    }

    int size() {
        return n;
    }

    Predictor predictor() {
        return predictor;
    }

    NoiseCalibration calibration() {
        return calibration;
    }

    private double rateUnit() {
        double perScaledTime = spec.growth() == Growth.LINEAR ? predictor.scaling().scale() : 1.0;
        return n > 1 ? perScaledTime / (n - 1) : perScaledTime;
    }

    private double[] unscale(Prediction p) {
        double[] out = new double[p.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = predictor.scaling().fromScaled(p.from() + i, p.yhat(i));
        }
        return out;
    }
}
