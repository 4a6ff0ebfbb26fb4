package io.capacity.app.backtest;

import io.capacity.app.RequestProblem;
import io.capacity.app.forecast.ForecastSettings;
import java.util.List;

/**
 * Backtest {@code models} on the settings' series: the last {@code horizon} values of each are held out at
 * {@code windows} cutoffs, {@code period} steps apart.
 *
 * @param period  steps between cutoffs; null for the horizon
 * @param initial minimum training length in steps
 */
public record BacktestRequest(ForecastSettings settings, List<String> models, int windows, Integer period,
                              int initial) {
    public static final BacktestRequest DEFAULTS = new BacktestRequest(ForecastSettings.DEFAULTS,
            List.of("snaive", "auto"), 1, null, 1);

    public BacktestRequest {
        if (settings == null) {
            settings = ForecastSettings.DEFAULTS;
        }
        if (windows < 1) {
            throw RequestProblem.of("windows", windows, "expected at least 1 cutoff");
        }
        if (initial < 1) {
            throw RequestProblem.of("initial", initial, "expected at least 1 training value");
        }
        if (period != null && period < 1) {
            throw RequestProblem.of("period", period, "expected at least 1 step between cutoffs");
        }
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw RequestProblem.of("model", "expected at least one model");
        }
    }

    public BacktestRequest withSettings(ForecastSettings s) {
        return new BacktestRequest(s, models, windows, period, initial);
    }

    public BacktestRequest withModels(List<String> m) {
        return new BacktestRequest(settings, m, windows, period, initial);
    }

    public BacktestRequest withWindows(int w, Integer p) {
        return new BacktestRequest(settings, models, w, p, initial);
    }

    public BacktestRequest withInitial(int i) {
        return new BacktestRequest(settings, models, windows, period, i);
    }

    /** Steps between cutoffs. */
    public int periodSteps() {
        return period == null ? settings.horizon() : period;
    }
}
