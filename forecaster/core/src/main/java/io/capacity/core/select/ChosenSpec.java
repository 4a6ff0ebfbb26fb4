package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.Filled;
import io.capacity.core.series.GapFiller;
import io.capacity.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A choice the automatic selection made, kept so it can be used again without a backtest: refitting fits only the
 * chosen candidates on the new history (each its own spec's fit: ARIMA searches its orders again, ETS and Theta
 * re-estimate, baselines re-read the last values), combines them with the weights the backtest gave and applies the
 * backtest's conformal calibration and grade. On the same history its forecast equals the choosing fit's.
 *
 * @param auto        the automatic choice this was made under (candidates, season, bounds, ensemble kind)
 * @param members     names of the chosen candidates, best first (one unless an ensemble)
 * @param weights     the ensemble's weights, one per member; null for one model or a median
 * @param conformal   the interval calibration from the backtest, or null for the models' own intervals
 * @param quality     the grade the backtest gave
 * @param backtestMase the chosen model's backtest MASE (NaN when undefined): recent errors are judged against it
 */
public record ChosenSpec(AutoSpec auto, List<String> members, double[] weights, Conformal conformal,
                         Quality quality, double backtestMase) implements ModelSpec {
    public ChosenSpec {
        Objects.requireNonNull(auto, "auto");
        Objects.requireNonNull(quality, "quality");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a chosen model needs at least one member");
        }
        var known = new HashSet<>(auto.candidates().stream().map(ModelSpec::name).toList());
        for (String m : members) {
            if (!known.contains(m)) {
                throw new IllegalArgumentException("chosen model '" + m + "' is not a candidate; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        if (weights != null && weights.length != members.size()) {
            throw new IllegalArgumentException("expected one weight per member (" + members.size() + "), got "
                    + weights.length);
        }
        weights = weights == null ? null : weights.clone();
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** The automatic choice's name, so forecasts from a cached choice are tagged as the choosing run's. */
    @Override
    public String name() {
        return auto.name();
    }

    @Override
    public AutoModel fit(TimeSeries series) {
        Filled filled = GapFiller.seasonal(series, auto.season());
        TimeSeries s = filled.series();
        List<FittedModel> fits = new ArrayList<>();
        for (String m : members) {
            fits.add(candidate(m).fit(s));
        }
        FittedModel model = fits.size() == 1 ? fits.get(0)
                : new EnsembleModel(fits, new Combiner(weights), auto, s, Choice.ensembleName(auto.ensemble().kind()));
        String decision = "series " + series.id() + ": refit the cached choice " + model.method();
        return new AutoModel(auto, series, model, conformal, new Selection(series.id(), model.method(), List.of(), 0,
                conformal == null ? 0 : conformal.size(), filled.report(), quality, decision), this);
    }

    private ModelSpec candidate(String name) {
        return auto.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChosenSpec c && c.auto.equals(auto) && c.members.equals(members)
                && Arrays.equals(c.weights, weights) && Objects.equals(c.conformal, conformal)
                && c.quality.equals(quality) && Double.compare(c.backtestMase, backtestMase) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(auto, members, Arrays.hashCode(weights), conformal, quality, backtestMase);
    }

    @Override
    public String toString() {
        return "ChosenSpec[" + String.join(", ", members) + (weights == null ? "" : " " + Arrays.toString(weights))
                + ", " + conformal + "]";
    }
}
