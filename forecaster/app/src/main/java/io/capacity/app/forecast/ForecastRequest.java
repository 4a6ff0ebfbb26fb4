package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;

/**
 * Forecast every series of a source with one model (or the automatic choice).
 *
 * @param model     a name from the core's model catalogue, e.g. {@code auto}, {@code snaive}
 * @param writeBack write each forecast to the store as {@code capacity_forecast} points (stored series only)
 */
public record ForecastRequest(ForecastSettings settings, String model, boolean writeBack) {
    public static final ForecastRequest DEFAULTS = new ForecastRequest(ForecastSettings.DEFAULTS, "auto", false);

    public ForecastRequest {
        if (settings == null) {
            settings = ForecastSettings.DEFAULTS;
        }
        if (model == null || model.isBlank()) {
            throw RequestProblem.of("model", "must be given");
        }
        if (writeBack && settings.source() instanceof SeriesSource.File) {
            throw RequestProblem.text("{write_back} needs series read from the store, not from a file", true);
        }
        if (writeBack && settings.source() instanceof SeriesSource.Given) {
            throw RequestProblem.text("{write_back} needs series read from the store, not given with the request",
                    true);
        }
    }

    public ForecastRequest withSettings(ForecastSettings s) {
        return new ForecastRequest(s, model, writeBack);
    }

    public ForecastRequest withModel(String m) {
        return new ForecastRequest(settings, m, writeBack);
    }

    public ForecastRequest withWriteBack(boolean on) {
        return new ForecastRequest(settings, model, on);
    }
}
