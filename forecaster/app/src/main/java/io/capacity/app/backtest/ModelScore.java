package io.capacity.app.backtest;

import io.capacity.core.backtest.BacktestReport;

/** One model's backtest over every series, with the time it took. */
public record ModelScore(String model, BacktestReport report, double seconds) {
}
