package io.capacity.core.forecast;

import io.capacity.core.series.TimeSeries;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * A fitted model given by a point path and a standard-error path, both functions of the 1-based step ahead, plus
 * in-sample fitted values: the form of the baselines and of the planner's seasonal shape model. Immutable; arrays
 * are copied in and out.
 */
public final class PathModel implements FittedModel {
    private final ModelSpec spec;
    private final String method;
    private final TimeSeries series;
    private final double[] fitted;
    private final IntToDoubleFunction pointAt;
    private final IntToDoubleFunction sdAt;
    private final DoubleUnaryOperator multiplier;

    /** {@code multiplier} maps an interval level (e.g. 95) to its half-width in standard errors. */
    public PathModel(ModelSpec spec, String method, TimeSeries series, double[] fitted, IntToDoubleFunction pointAt,
                     IntToDoubleFunction sdAt, DoubleUnaryOperator multiplier) {
        this.spec = spec;
        this.method = method;
        this.series = series;
        this.fitted = fitted.clone();
        this.pointAt = pointAt;
        this.sdAt = sdAt;
        this.multiplier = multiplier;
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
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return Residuals.of(series, fitted);
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        FittedModel.requireHorizon(horizon);
        double[] mean = new double[horizon];
        double[] sd = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            mean[h - 1] = pointAt.applyAsDouble(h);
            sd[h - 1] = sdAt.applyAsDouble(h);
        }
        return new Forecast(series.id(), series.timeAt(series.size()), series.step(), mean,
                Intervals.of(mean, sd, multiplier, levels), fitted, residuals(), method, spec, Quality.ungraded());
    }
}
