package io.capacity.app.query;

import io.capacity.core.forecast.Quality;
import java.util.List;
import java.util.Objects;

/**
 * Why to trust a forecast, or not: the core's grade and reason, the chosen model's backtest MASE (NaN for a model
 * that was not backtested), and the measured coverage of each interval level.
 */
public record Evidence(Quality quality, String choice, double backtestMase, List<LevelCoverage> coverage) {
    public Evidence {
        Objects.requireNonNull(quality, "quality");
        coverage = List.copyOf(coverage);
    }
}
