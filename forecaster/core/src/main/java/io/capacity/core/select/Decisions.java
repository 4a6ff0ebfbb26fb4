package io.capacity.core.select;

import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.hint.Hints;

import java.util.ArrayList;
import java.util.List;

/** The one-line account of an automatic choice, with the switch that overrides each part of it. */
final class Decisions {
    private Decisions() {
    }

    static String describe(String id, AutoSpec spec, String method, ScoreCard card, List<CandidateScore> scores,
                           List<Integer> members, int windows, Conformal conformal) {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (!members.contains(i)) {
                others.add(scores.get(i).toString());
            }
        }
        String names = String.join(", ", spec.candidates().stream().map(c -> c.name()).toList());
        // MASE is undefined when every season repeats exactly (its scale is 0); the ranking then used MAE.
        String by = Double.isFinite(card.mase()) ? String.format("MASE %.3f", card.mase())
                : String.format("MAE %.4g (MASE undefined: the history repeats each season exactly)", card.mae());
        StringBuilder s = new StringBuilder("series ").append(id).append(": chose ").append(method)
                .append(String.format(" by backtest %s over %d windows of %d", by, windows, spec.horizon()));
        if (!others.isEmpty()) {
            s.append(" vs ").append(String.join(", ", others));
        }
        s.append("; override with ").append(Hints.option("model", "NAME")).append(" (").append(names).append(')');
        if (members.size() > 1) {
            s.append(" or ").append(Hints.option("ensemble", "none"));
        }
        if (conformal != null) {
            s.append("; intervals calibrated from ").append(conformal.size())
                    .append(" backtest errors (").append(Hints.option("conformal", "off")).append(" keeps the model's own)");
        }
        return s.toString();
    }
}
