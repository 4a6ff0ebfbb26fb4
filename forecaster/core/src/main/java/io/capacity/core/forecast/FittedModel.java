package io.capacity.core.forecast;

/** An immutable fitted model. Arrays returned are copies. */
public interface FittedModel {
    /** Human-readable method with its chosen parameters, e.g. {@code ARIMA(1,1,1)(0,1,1)[24]}. */
    String method();

    ModelSpec spec();

    /** In-sample one-step fitted values, NaN where the model has none (e.g. the first season of snaive). */
    double[] fitted();

    /** Observed minus fitted, NaN where fitted is NaN. */
    double[] residuals();

    /** Forecast {@code horizon} steps ahead with central intervals at each level in percent (e.g. 80, 95). */
    Forecast forecast(int horizon, double... levels);

    /** The check every model's {@link #forecast(int, double...)} starts with; returns {@code horizon}. */
    static int requireHorizon(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        return horizon;
    }

    /**
     * Where a refit of this model in the same form may start its optimiser ({@link StartValues}); empty for a model
     * whose estimate takes no start (the default).
     */
    default java.util.Optional<StartValues> startValues() {
        return java.util.Optional.empty();
    }

    /** Forecast with the default levels 80 and 95. */
    default Forecast forecast(int horizon) {
        return forecast(horizon, Forecast.DEFAULT_LEVELS);
    }
}
