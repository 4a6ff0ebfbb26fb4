package io.capacity.core.select;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.baseline.DriftSpec;
import io.capacity.core.model.baseline.MeanSpec;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.series.TimeSeries;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Choose per series among {@code candidates} by a rolling-origin backtest on the end of the history.
 *
 * @param candidates models to try, in order of preference on ties
 * @param season     seasonal period (MASE scale, gap filling, the too-short fallback)
 * @param horizon    steps scored in each backtest window (use the horizon you will forecast)
 * @param windows    backtest windows, {@code horizon} apart, ending at the last value
 * @param ensemble   combine the top candidates instead of taking the best
 * @param conformal  recalibrate interval widths from the backtest errors
 * @param bounds     clip forecasts and intervals to these
 * @param policy     grading thresholds
 */
public record AutoSpec(List<ModelSpec> candidates, int season, int horizon, int windows, Ensemble ensemble,
                       boolean conformal, Bounds bounds, GradePolicy policy) implements ModelSpec {
    public AutoSpec {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("auto selection needs at least one candidate");
        }
        var names = new HashSet<String>();
        for (ModelSpec c : candidates) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("candidate names must be unique, got " + c.name() + " twice");
            }
        }
        atLeastOne("season", season);
        atLeastOne("horizon", horizon);
        atLeastOne("windows", windows);
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(policy, "policy");
    }

    /** The baselines, seasonal naive first: the candidates until ARIMA and Prophet specs join them. */
    public static List<ModelSpec> baselines(int season) {
        return List.of(new SeasonalNaiveSpec(season), new NaiveSpec(), new DriftSpec(), new MeanSpec());
    }

    /** Baseline candidates, 3 windows, no ensemble, conformal intervals, no bounds, default grading. */
    public static AutoSpec defaults(int season, int horizon) {
        return new AutoSpec(baselines(season), season, horizon, 3, Ensemble.NONE, true, Bounds.NONE,
                GradePolicy.DEFAULT);
    }

    public AutoSpec withCandidates(List<ModelSpec> c) {
        return new AutoSpec(c, season, horizon, windows, ensemble, conformal, bounds, policy);
    }

    public AutoSpec withEnsemble(Ensemble e) {
        return new AutoSpec(candidates, season, horizon, windows, e, conformal, bounds, policy);
    }

    public AutoSpec withBounds(Bounds b) {
        return new AutoSpec(candidates, season, horizon, windows, ensemble, conformal, b, policy);
    }

    public AutoSpec withConformal(boolean on) {
        return new AutoSpec(candidates, season, horizon, windows, ensemble, on, bounds, policy);
    }

    /** The candidates bound to the batch ({@link ModelSpec#forBatch}); the same spec when none learns across series. */
    @Override
    public AutoSpec forBatch(List<TimeSeries> batch) {
        List<ModelSpec> bound = candidates.stream().map(c -> c.forBatch(batch)).toList();
        return bound.equals(candidates) ? this : withCandidates(bound);
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    @Override
    public String name() {
        // The catalogue's two names: "ensemble" is the median of the best; "auto" picks or weights them.
        return ensemble.kind() == Ensemble.Kind.MEDIAN ? "ensemble" : "auto";
    }

    @Override
    public AutoModel fit(TimeSeries series) {
        return Selector.select(series, this);
    }
}
