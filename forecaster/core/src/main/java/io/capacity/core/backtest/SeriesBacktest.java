package io.capacity.core.backtest;

import java.util.List;

/**
 * A model's backtest on one series: its windows and their mean scores, or the error that stopped it.
 *
 * @param error null when every window fitted; otherwise what failed, and {@code windows} is empty
 */
public record SeriesBacktest(String seriesId, String model, List<WindowResult> windows, ScoreCard scores,
                             String error) {
    public SeriesBacktest {
        windows = List.copyOf(windows);
    }

    static SeriesBacktest failed(String seriesId, String model, String error) {
        return new SeriesBacktest(seriesId, model, List.of(), null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
