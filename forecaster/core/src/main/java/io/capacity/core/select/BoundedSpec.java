package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.model.prophet.Growth;
import io.capacity.core.model.prophet.ProphetSpec;
import io.capacity.core.model.prophet.Saturation;
import io.capacity.core.series.TimeSeries;

import java.util.Objects;
import java.util.Optional;

/**
 * Any model with its forecasts and intervals truncated to physical {@link Bounds}; its name is the model's, so its
 * forecasts are tagged as the model's. The automatic choice takes bounds itself ({@link AutoSpec#bounds()}).
 */
public record BoundedSpec(ModelSpec model, Bounds bounds) implements ModelSpec {
    public BoundedSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bounds, "bounds");
    }

    /**
     * {@code model} truncated to {@code bounds}: the model itself when there are none, the automatic choice with its
     * bounds narrowed, else a {@link BoundedSpec}.
     */
    public static ModelSpec of(ModelSpec model, Bounds bounds) {
        if (bounds.none()) {
            return model;
        }
        if (model instanceof AutoSpec a) {
            return a.withBounds(a.bounds().intersect(bounds));
        }
        if (model instanceof BoundedSpec b) {
            return new BoundedSpec(b.model, b.bounds.intersect(bounds));
        }
        return new BoundedSpec(model, bounds);
    }

    /**
     * {@code model} under a nameplate cap: the Prophet-style model (alone, renamed or among the automatic choice's
     * candidates) grows logistically between the lower bound (its floor) and the cap, and every forecast is truncated
     * to the bounds as by {@link #of}. Without a cap or a finite lower bound, the same as {@link #of}.
     */
    public static ModelSpec capped(ModelSpec model, Bounds bounds) {
        boolean both = bounds.capped() && !Double.isInfinite(bounds.lower());
        return of(both ? logistic(model, bounds) : model, bounds);
    }

    static ModelSpec logistic(ModelSpec model, Bounds bounds) {
        if (model instanceof ProphetSpec p && p.growth() == Growth.LINEAR) {
            return p.toBuilder().logistic(Saturation.constant(bounds.upper(), bounds.lower())).build();
        }
        if (model instanceof Named n) {
            return new Named(n.name(), logistic(n.spec(), bounds));
        }
        if (model instanceof AutoSpec a) {
            return a.withCandidates(a.candidates().stream().map(c -> logistic(c, bounds)).toList());
        }
        return model;
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return new Fitted(model.fit(series), this);
    }

    @Override
    public Forecast forecast(TimeSeries series, int horizon, double... levels) {
        return bounds.clip(model.forecast(series, horizon, levels));
    }

    private record Fitted(FittedModel inner, BoundedSpec spec) implements FittedModel {
        @Override
        public String method() {
            return inner.method();
        }

        @Override
        public double[] fitted() {
            return inner.fitted();
        }

        @Override
        public double[] residuals() {
            return inner.residuals();
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            return spec.bounds.clip(inner.forecast(horizon, levels));
        }

        @Override
        public Optional<StartValues> startValues() {
            return inner.startValues();
        }
    }
}
