package io.capacity.core.select;

import io.capacity.core.backtest.BacktestSpec;
import io.capacity.core.backtest.Backtester;
import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.backtest.SeriesBacktest;
import io.capacity.core.backtest.WindowResult;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.Filled;
import io.capacity.core.series.GapFiller;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The automatic choice for one series: fill, backtest candidates, rank, fit, calibrate, grade, log. */
final class Selector {
    private static final Logger LOG = LoggerFactory.getLogger(Selector.class);

    private Selector() {
    }

    static AutoModel select(TimeSeries input, AutoSpec spec) {
        Filled filled = GapFiller.seasonal(input, spec.season());
        TimeSeries s = filled.series();
        if (isConstant(s)) {
            return Fallbacks.constant(input, s, spec, filled.report());
        }
        int minTrain = Math.max(2 * spec.season(), 10);
        BacktestSpec bt = BacktestSpec.rolling(spec.horizon(), minTrain, spec.horizon(), spec.windows(),
                spec.season());
        if (bt.cutoffsFor(s.size()).isEmpty()) {
            return Fallbacks.tooShort(input, s, spec, filled.report(), minTrain + spec.horizon());
        }
        List<SeriesBacktest> runs = spec.candidates().stream().map(c -> Backtester.run(s, c, bt)).toList();
        List<CandidateScore> scores = runs.stream().map(Selector::score).toList();
        List<Integer> ranked = rank(runs);
        List<Integer> members = new ArrayList<>();
        int wanted = spec.ensemble().kind() == Ensemble.Kind.NONE ? 1 : spec.ensemble().topK();
        List<FittedModel> fits = new ArrayList<>();
        for (int i : ranked) {
            if (fits.size() == wanted) {
                break;
            }
            try {
                fits.add(spec.candidates().get(i).fit(s));
                members.add(i);
            } catch (RuntimeException e) {
                LOG.warn("series {}: {} backtested but failed on the full history: {}", s.id(),
                        spec.candidates().get(i).name(), e.toString());
            }
        }
        if (fits.isEmpty()) {
            return Fallbacks.failed(input, s, spec, filled.report(), scores);
        }
        Choice choice = fits.size() == 1 ? new Choice(fits.get(0), runs.get(members.get(0)).windows(), null)
                : Choice.ensemble(spec, s, fits, members.stream().map(runs::get).toList());
        ScoreCard card = ScoreCard.mean(choice.windows().stream().map(WindowResult::score).toList());
        Conformal conformal = spec.conformal() ? Conformal.fit(choice.windows()) : null;
        ScoreCard snaive = runs.stream().filter(r -> r.ok() && r.model().equals("snaive")).findFirst()
                .map(SeriesBacktest::scores).orElse(null);
        Quality q = Grader.grade(spec.policy(), card, snaive, filled.report(), choice.windows().size(),
                conformal != null, Outliers.find(s.values(), spec.season()), s.size());
        String decision = Decisions.describe(s.id(), spec, choice.model().method(), card, scores, members,
                choice.windows().size(), conformal);
        LOG.info(decision);
        ChosenSpec chosen = new ChosenSpec(spec, members.stream().map(i -> spec.candidates().get(i).name()).toList(),
                choice.weights(), conformal, q, card.mase(), fits.stream().map(MemberForm::of).toList());
        return new AutoModel(spec, input, choice.model(), conformal, new Selection(input.id(),
                choice.model().method(), scores, bt.cutoffsFor(s.size()).size(),
                conformal == null ? 0 : conformal.size(), filled.report(), q, decision), chosen,
                chosen.startsOf(fits));
    }

    private static CandidateScore score(SeriesBacktest r) {
        return r.ok() ? new CandidateScore(r.model(), r.scores().mase(), r.scores().mae(), r.scores().coverage(95),
                null) : CandidateScore.failed(r.model(), r.error());
    }

    /** Indices of candidates that backtested, best first: by MASE, or by MAE when some MASE is undefined. */
    static List<Integer> rank(List<SeriesBacktest> runs) {
        List<Integer> ok = IntStream.range(0, runs.size()).filter(i -> runs.get(i).ok()).boxed().toList();
        boolean maseOk = ok.stream().allMatch(i -> Double.isFinite(runs.get(i).scores().mase()));
        Comparator<Integer> by = Comparator.comparingDouble(
                i -> maseOk ? runs.get(i).scores().mase() : runs.get(i).scores().mae());
        return ok.stream().sorted(by).toList();
    }

    static boolean isConstant(TimeSeries s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.value(i) != s.value(0)) {
                return false;
            }
        }
        return true;
    }
}
