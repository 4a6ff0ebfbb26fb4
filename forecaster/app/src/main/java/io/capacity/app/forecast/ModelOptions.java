package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Bounds;
import io.capacity.core.select.Ensemble;
import io.capacity.core.select.ModelCatalog;

/**
 * How a named model is built: its seasons, and the automatic choice's options (they leave other models alone).
 *
 * @param season      main seasonal period in steps, 1 for none
 * @param season2     second seasonal period in steps, 0 for none
 * @param conformal   auto/ensemble: recalibrate interval widths from backtest errors
 * @param ensemble    auto: how the best candidates are combined; null keeps the model's own (best five by
 *                    inverse cubed error for {@code auto}, the median of three for {@code ensemble})
 * @param nonNegative auto/ensemble: clip forecasts and intervals at zero
 */
public record ModelOptions(int season, int season2, boolean conformal, Ensemble ensemble, boolean nonNegative) {
    public static final ModelOptions DEFAULTS = new ModelOptions(1, 0, true, null, false);

    public ModelOptions {
        if (season < 1) {
            throw RequestProblem.of("season", season, "expected at least 1 step (1 for no season)");
        }
        if (season2 < 0) {
            throw RequestProblem.of("season2", season2, "expected at least 0 steps (0 for none)");
        }
    }

    public ModelOptions withSeasons(int s, int s2) {
        return new ModelOptions(s, s2, conformal, ensemble, nonNegative);
    }

    public ModelOptions withConformal(boolean on) {
        return new ModelOptions(season, season2, on, ensemble, nonNegative);
    }

    public ModelOptions withEnsemble(Ensemble e) {
        return new ModelOptions(season, season2, conformal, e, nonNegative);
    }

    public ModelOptions withNonNegative(boolean on) {
        return new ModelOptions(season, season2, conformal, ensemble, on);
    }

    /** The model called {@code name} for this horizon; an unknown name is a problem with option {@code model}. */
    public ModelSpec spec(String name, int horizon) {
        ModelSpec m = RequestProblem.with("model", name, () -> ModelCatalog.spec(name, season, season2, horizon));
        if (m instanceof AutoSpec auto) {
            auto = auto.withConformal(conformal);
            if (ensemble != null) {
                auto = auto.withEnsemble(ensemble);
            }
            return nonNegative ? auto.withBounds(Bounds.NON_NEGATIVE) : auto;
        }
        return m;
    }
}
