package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.Quality;
import io.capacity.core.hint.Hints;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.series.GapReport;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** What the automatic choice does when it cannot backtest: each path says why in the grade and the log. */
final class Fallbacks {
    private static final Logger LOG = LoggerFactory.getLogger(Fallbacks.class);

    private Fallbacks() {
    }

    static AutoModel constant(TimeSeries input, TimeSeries s, AutoSpec spec, GapReport gaps) {
        FlatModel flat = new FlatModel(s, spec);
        String why = "history is constant at " + s.value(0) + ": flat forecast, zero-width intervals";
        Quality q = Grader.fixed(Grade.UNCERTAIN, why, spec.policy(), gaps);
        AutoModel m = done(input, spec, flat, q, gaps, List.of(), "override with " + Hints.option("model", "NAME")
                + " to force a model");
        return new AutoModel(spec, input, flat, null, m.selection(), ChosenSpec.flat(spec, q));
    }

    static AutoModel tooShort(TimeSeries input, TimeSeries s, AutoSpec spec, GapReport gaps, int needed) {
        String why = "too short for a backtest (" + s.size() + " values, need " + needed + ")";
        try {
            FittedModel m = s.size() > spec.season() ? new SeasonalNaiveSpec(spec.season()).fit(s)
                    : new NaiveSpec().fit(s);
            Quality q = Grader.fixed(Grade.UNCERTAIN, why + ": used " + m.spec().name() + " unvalidated",
                    spec.policy(), gaps);
            return done(input, spec, m, q, gaps, List.of(), "override with " + Hints.option("model", "NAME"));
        } catch (RuntimeException e) {
            Quality q = Grader.fixed(Grade.BAD, why + " and no baseline fits (" + e.getMessage()
                    + "): flat at the last value", spec.policy(), gaps);
            return done(input, spec, new FlatModel(s, spec), q, gaps, List.of(), "supply a longer history");
        }
    }

    static AutoModel failed(TimeSeries input, TimeSeries s, AutoSpec spec, GapReport gaps,
                            List<CandidateScore> scores) {
        String errors = String.join("; ", scores.stream().filter(c -> !c.ok())
                .map(c -> c.name() + ": " + c.error()).toList());
        FittedModel m;
        try {
            m = new NaiveSpec().fit(s);
        } catch (RuntimeException e) {
            m = new FlatModel(s, spec);
        }
        Quality q = Grader.fixed(Grade.BAD, "every candidate failed (" + errors + "); fell back to " + m.method(),
                spec.policy(), gaps);
        return done(input, spec, m, q, gaps, scores, "override with " + Hints.option("model", "NAME"));
    }

    private static AutoModel done(TimeSeries input, AutoSpec spec, FittedModel m, Quality q, GapReport gaps,
                                  List<CandidateScore> scores, String override) {
        String decision = "series " + input.id() + ": " + m.method() + " (" + q.grade() + ": " + q.reason() + "); "
                + override;
        LOG.warn(decision);
        return new AutoModel(spec, input, m, null,
                new Selection(input.id(), m.method(), scores, 0, 0, gaps, q, decision));
    }
}
