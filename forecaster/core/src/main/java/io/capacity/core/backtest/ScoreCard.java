package io.capacity.core.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Accuracy figures for one window, one series (mean over its windows) or a batch (mean over series, as M4
 * aggregates). MASE and MSIS are NaN when the scale is zero (a flat training series).
 *
 * @param coverage share of actuals inside the interval, by level in percent
 */
public record ScoreCard(double mae, double rmse, double smape, double mase, double msis,
                        Map<Double, Double> coverage) {
    public ScoreCard {
        coverage = Map.copyOf(coverage);
    }

    public double coverage(double level) {
        return coverage.getOrDefault(level, Double.NaN);
    }

    /** Mean of each figure over the cards, skipping non-finite values (an infinite MASE would swamp the rest). */
    public static ScoreCard mean(List<ScoreCard> cards) {
        Map<Double, Double> cov = new LinkedHashMap<>();
        for (ScoreCard c : cards) {
            for (Double level : c.coverage.keySet()) {
                cov.computeIfAbsent(level, l -> avg(cards, s -> s.coverage(l)));
            }
        }
        return new ScoreCard(avg(cards, ScoreCard::mae), avg(cards, ScoreCard::rmse), avg(cards, ScoreCard::smape),
                avg(cards, ScoreCard::mase), avg(cards, ScoreCard::msis), cov);
    }

    private static double avg(List<ScoreCard> cards, ToDoubleFunction<ScoreCard> f) {
        List<Double> finite = new ArrayList<>();
        for (ScoreCard c : cards) {
            double v = f.applyAsDouble(c);
            if (Double.isFinite(v)) {
                finite.add(v);
            }
        }
        return finite.isEmpty() ? Double.NaN : finite.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    @Override
    public String toString() {
        return String.format("MAE %.4g, RMSE %.4g, sMAPE %.3f, MASE %.3f, MSIS %.3f, coverage %s", mae, rmse, smape,
                mase, msis, coverage);
    }
}
