package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Bounds;
import io.capacity.core.select.BoundedSpec;
import io.capacity.core.select.Ensemble;
import io.capacity.core.select.ModelCatalog;
import java.util.Optional;

/**
 * How a named model is built: its seasons, the automatic choice's options (they leave other models alone), and the
 * physical bounds every model's forecasts are truncated to.
 *
 * @param season      main seasonal period in steps, 1 for none
 * @param season2     second seasonal period in steps, 0 for none
 * @param conformal   auto/ensemble: recalibrate interval widths from backtest errors
 * @param ensemble    auto: how the best candidates are combined; null keeps the model's own (best three by
 *                    inverse error for {@code auto}, their median for {@code ensemble})
 * @param nonNegative truncate forecasts and intervals at zero
 * @param bounds      truncate forecasts and intervals to these; null when not given (stored series then take their
 *                    unit's, {@link UnitBounds})
 * @param cap         a nameplate cap: the upper bound (with 0 as the lower one unless {@code bounds} gives another)
 *                    and, for the Prophet-style model, logistic growth towards it; null for none
 */
public record ModelOptions(int season, int season2, boolean conformal, Ensemble ensemble, boolean nonNegative,
                           Bounds bounds, Double cap) {
    public static final ModelOptions DEFAULTS = new ModelOptions(1, 0, true, null, false, null, null);

    public ModelOptions {
        if (season < 1) {
            throw RequestProblem.of("season", season, "expected at least 1 step (1 for no season)");
        }
        if (season2 < 0) {
            throw RequestProblem.of("season2", season2, "expected at least 0 steps (0 for none)");
        }
        if (cap != null && !Double.isFinite(cap)) {
            throw RequestProblem.of("cap", cap, "expected a finite number");
        }
        if (cap != null) {
            double lower = bounds == null || Double.isInfinite(bounds.lower()) ? 0 : bounds.lower();
            if (!(cap > lower)) {
                throw RequestProblem.of("cap", cap, "expected a cap above the lower bound "
                        + new Bounds(lower, Double.POSITIVE_INFINITY).text().replace(":", ""));
            }
        }
    }

    public ModelOptions withSeasons(int s, int s2) {
        return new ModelOptions(s, s2, conformal, ensemble, nonNegative, bounds, cap);
    }

    public ModelOptions withConformal(boolean on) {
        return new ModelOptions(season, season2, on, ensemble, nonNegative, bounds, cap);
    }

    public ModelOptions withEnsemble(Ensemble e) {
        return new ModelOptions(season, season2, conformal, e, nonNegative, bounds, cap);
    }

    public ModelOptions withNonNegative(boolean on) {
        return new ModelOptions(season, season2, conformal, ensemble, on, bounds, cap);
    }

    /** @param b bounds every forecast is truncated to; null for none given */
    public ModelOptions withBounds(Bounds b) {
        return new ModelOptions(season, season2, conformal, ensemble, nonNegative, b, cap);
    }

    /** @param c a nameplate cap; null for none */
    public ModelOptions withCap(Double c) {
        return new ModelOptions(season, season2, conformal, ensemble, nonNegative, bounds, c);
    }

    /**
     * The bounds these options give explicitly ({@code nonNegative}, {@code bounds} and {@code cap} together); empty
     * when none is given, so a stored series' unit decides ({@link UnitBounds}).
     */
    public Optional<Bounds> givenBounds() {
        if (!nonNegative && bounds == null && cap == null) {
            return Optional.empty();
        }
        Bounds b = bounds == null ? Bounds.NONE : bounds;
        if (nonNegative) {
            b = b.intersect(Bounds.NON_NEGATIVE);
        }
        if (cap != null) {
            b = (Double.isInfinite(b.lower()) ? b.intersect(Bounds.NON_NEGATIVE) : b);
            b = b.withUpper(Math.min(cap, b.upper()));
        }
        return Optional.of(b);
    }

    /**
     * The model called {@code name} for this horizon, truncated to the given bounds (with a cap, the Prophet-style
     * model grows logistically towards it); an unknown name is a problem with option {@code model}.
     */
    public ModelSpec spec(String name, int horizon) {
        ModelSpec m = RequestProblem.with("model", name, () -> ModelCatalog.spec(name, season, season2, horizon));
        if (m instanceof AutoSpec auto) {
            auto = auto.withConformal(conformal);
            if (ensemble != null) {
                auto = auto.withEnsemble(ensemble);
            }
            m = auto;
        }
        Optional<Bounds> given = givenBounds();
        if (given.isEmpty()) {
            return m;
        }
        return cap != null ? BoundedSpec.capped(m, given.get()) : BoundedSpec.of(m, given.get());
    }
}
