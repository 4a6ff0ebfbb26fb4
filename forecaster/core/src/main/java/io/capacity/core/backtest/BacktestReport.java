package io.capacity.core.backtest;

import java.util.List;

/**
 * A batch backtest: each series' result in input order and the M4-style aggregate (mean over the series that ran).
 *
 * @param aggregate mean scores over successful series, null when none succeeded
 */
public record BacktestReport(String model, List<SeriesBacktest> series, ScoreCard aggregate, int failures) {
    public BacktestReport {
        series = List.copyOf(series);
    }

    static BacktestReport of(String model, List<SeriesBacktest> results) {
        List<ScoreCard> ok = results.stream().filter(SeriesBacktest::ok).map(SeriesBacktest::scores).toList();
        return new BacktestReport(model, results, ok.isEmpty() ? null : ScoreCard.mean(ok),
                (int) results.stream().filter(r -> !r.ok()).count());
    }
}
