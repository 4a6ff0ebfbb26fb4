package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Quality;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.Filled;
import io.capacity.core.series.GapFiller;
import io.capacity.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A choice the automatic selection made, kept so it can be used again without a backtest: refitting fits only the
 * chosen candidates on the new history, each in the form it chose when the choice was made ({@link MemberForm}:
 * auto-ARIMA its orders and constant, ETS its trend; the others as their own spec: Theta and the baselines
 * re-estimate or re-read the last values), combines them with the weights the backtest gave and applies the
 * backtest's conformal calibration and grade. On the same history its forecast equals the choosing fit's. A member
 * whose cached form no longer fits (an ARIMA root too close to the unit circle) is fitted with its own spec, logged.
 * A constant history chooses the {@link #FLAT} member, which holds only while the history stays constant
 * ({@link #appliesTo}).
 *
 * @param auto        the automatic choice this was made under (candidates, season, bounds, ensemble kind)
 * @param members     names of the chosen candidates, best first (one unless an ensemble)
 * @param weights     the ensemble's weights, one per member; null for one model or a median
 * @param conformal   the interval calibration from the backtest, or null for the models' own intervals
 * @param quality     the grade the backtest gave
 * @param backtestMase the chosen model's backtest MASE (NaN when undefined): recent errors are judged against it
 * @param forms       each member's {@link MemberForm}, one per member ({@link MemberForm#NONE}: its own spec)
 */
public record ChosenSpec(AutoSpec auto, List<String> members, double[] weights, Conformal conformal,
                         Quality quality, double backtestMase, List<String> forms) implements ModelSpec {
    private static final Logger LOG = LoggerFactory.getLogger(ChosenSpec.class);
    /** The member of a constant history's choice: a flat line at the last value, zero-width intervals. */
    public static final String FLAT = "flat";

    public ChosenSpec {
        Objects.requireNonNull(auto, "auto");
        Objects.requireNonNull(quality, "quality");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a chosen model needs at least one member");
        }
        var known = new HashSet<>(auto.candidates().stream().map(ModelSpec::name).toList());
        for (String m : members) {
            if (m.equals(FLAT) && members.size() == 1) {
                continue;
            }
            if (!known.contains(m)) {
                throw new IllegalArgumentException("chosen model '" + m + "' is not a candidate; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        forms = forms == null ? Collections.nCopies(members.size(), MemberForm.NONE) : List.copyOf(forms);
        if (forms.size() != members.size()) {
            throw new IllegalArgumentException("expected one form per member (" + members.size() + "), got "
                    + forms.size());
        }
        for (int i = 0; i < forms.size(); i++) {
            if (!members.get(i).equals(FLAT)) {
                MemberForm.spec(candidate(auto, members.get(i)), forms.get(i));
            }
        }
        if (weights != null && weights.length != members.size()) {
            throw new IllegalArgumentException("expected one weight per member (" + members.size() + "), got "
                    + weights.length);
        }
        weights = weights == null ? null : weights.clone();
    }

    /** A choice without cached forms: every member refits with its own spec (searching its orders again). */
    public ChosenSpec(AutoSpec auto, List<String> members, double[] weights, Conformal conformal, Quality quality,
                      double backtestMase) {
        this(auto, members, weights, conformal, quality, backtestMase, null);
    }

    /** A constant history's choice: flat, graded as the automatic choice graded it. */
    static ChosenSpec flat(AutoSpec auto, Quality quality) {
        return new ChosenSpec(auto, List.of(FLAT), null, null, quality, Double.NaN, null);
    }

    public boolean isFlat() {
        return members.equals(List.of(FLAT));
    }

    /** False when this is a {@link #FLAT} choice and {@code series} is no longer constant: choose again. */
    public boolean appliesTo(TimeSeries series) {
        return !isFlat() || Selector.isConstant(GapFiller.seasonal(series, auto.season()).series());
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

    /** Refits the choice with every member's optimiser started cold. */
    @Override
    public AutoModel fit(TimeSeries series) {
        return fit(series, List.of());
    }

    /**
     * Refits the choice, each member's optimiser started from {@code starts} (one per member, from the last fit's
     * {@link AutoModel#starts()}; {@link StartValues#NONE} or an empty list: cold). The model's
     * {@link AutoModel#starts()} are then this fit's estimates, to start the next refit from.
     */
    public AutoModel fit(TimeSeries series, List<StartValues> starts) {
        checkStarts(starts);
        Filled filled = GapFiller.seasonal(series, auto.season());
        TimeSeries s = filled.series();
        List<FittedModel> fits = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            fits.add(fitMember(s, members.get(i), forms.get(i), starts.isEmpty() ? StartValues.NONE : starts.get(i)));
        }
        FittedModel model = fits.size() == 1 ? fits.get(0)
                : new EnsembleModel(fits, new Combiner(weights), auto, s, Choice.ensembleName(auto.ensemble().kind()));
        String decision = "series " + series.id() + ": refit the cached choice " + model.method();
        return new AutoModel(auto, series, model, conformal, new Selection(series.id(), model.method(), List.of(), 0,
                conformal == null ? 0 : conformal.size(), filled.report(), quality, decision), this, startsOf(fits));
    }

    /**
     * Checks that {@code starts} (empty, or one per member) fit the members' forms: a start only for a member with a
     * form, of the length and kind that form's model takes.
     *
     * @throws IllegalArgumentException naming the member and what is wrong
     */
    public void checkStarts(List<StartValues> starts) {
        if (starts.isEmpty()) {
            return;
        }
        if (starts.size() != members.size()) {
            throw new IllegalArgumentException("expected one start per member (" + members.size() + "), got "
                    + starts.size());
        }
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i).isNone()) {
                continue;
            }
            if (members.get(i).equals(FLAT) || forms.get(i).equals(MemberForm.NONE)) {
                throw new IllegalArgumentException("member " + members.get(i) + " refits as its own spec and takes"
                        + " no start");
            }
            MemberForm.spec(candidate(auto, members.get(i)), forms.get(i), starts.get(i));
        }
    }

    /**
     * Where each fitted member's next refit in its cached form starts: its estimate, or {@link StartValues#NONE} for
     * a member without a form, whose model takes no start, or that was fitted in another form (its cached form no
     * longer fitted); an empty list when no member has a start.
     */
    List<StartValues> startsOf(List<FittedModel> fits) {
        List<StartValues> out = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            FittedModel f = fits.get(i);
            boolean same = !forms.get(i).equals(MemberForm.NONE) && !members.get(i).equals(FLAT)
                    && MemberForm.of(f).equals(forms.get(i));
            out.add(same ? f.startValues().orElse(StartValues.NONE) : StartValues.NONE);
        }
        return out.stream().allMatch(StartValues::isNone) ? List.of() : out;
    }

    private FittedModel fitMember(TimeSeries s, String member, String form, StartValues start) {
        if (member.equals(FLAT)) {
            return new FlatModel(s, auto);
        }
        ModelSpec own = candidate(auto, member);
        ModelSpec fixed = MemberForm.spec(own, form, start);
        try {
            return fixed.fit(s);
        } catch (RuntimeException e) {
            if (fixed == own) {
                throw e;
            }
            LOG.info("series {}: {} in its cached form {} no longer fits ({}); fitted as {} instead until the next"
                    + " choice", s.id(), member, form, e.getMessage(), own.name());
            return own.fit(s);
        }
    }

    private static ModelSpec candidate(AutoSpec auto, String name) {
        return auto.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChosenSpec c && c.auto.equals(auto) && c.members.equals(members)
                && Arrays.equals(c.weights, weights) && Objects.equals(c.conformal, conformal)
                && c.quality.equals(quality) && Double.compare(c.backtestMase, backtestMase) == 0
                && c.forms.equals(forms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(auto, members, Arrays.hashCode(weights), conformal, quality, backtestMase, forms);
    }

    @Override
    public String toString() {
        return "ChosenSpec[" + String.join(", ", members) + " " + forms + (weights == null ? "" : " " + Arrays.toString(weights))
                + ", " + conformal + "]";
    }
}
