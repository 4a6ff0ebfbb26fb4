package io.capacity.core.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut a series for a backtest. A cutoff {@code c} trains on values {@code [0, c)} and scores the next
 * {@code horizon}. Without explicit cutoffs they run back from {@code n - horizon} every {@code period} steps while
 * at least {@code initial} values remain for training (Prophet's {@code cross_validation}); {@code maxWindows}
 * keeps only the latest ones (0 keeps all).
 *
 * @param horizon    steps scored after each cutoff
 * @param initial    minimum training length
 * @param period     spacing between cutoffs
 * @param maxWindows keep at most this many (latest) cutoffs; 0 means no limit
 * @param cutoffs    explicit cutoffs (indices); when non-empty, initial/period/maxWindows are ignored
 * @param season     the MASE/MSIS seasonal lag m (24 for hourly)
 * @param levels     interval levels to score for coverage; MSIS uses 95 when present
 */
public record BacktestSpec(int horizon, int initial, int period, int maxWindows, List<Integer> cutoffs, int season,
                           List<Double> levels) {
    public BacktestSpec {
        positive("horizon", horizon);
        positive("initial", initial);
        positive("period", period);
        positive("season", season);
        if (maxWindows < 0) {
            throw new IllegalArgumentException("maxWindows must be 0 (no limit) or positive, got " + maxWindows);
        }
        cutoffs = List.copyOf(cutoffs);
        cutoffs.forEach(c -> positive("cutoff", c));
        levels = List.copyOf(levels);
        for (double l : levels) {
            if (!(l > 0 && l < 100)) {
                throw new IllegalArgumentException("interval level must be in (0, 100), got " + l);
            }
        }
    }

    /** The last {@code horizon} values held out once, as M4 validation does. */
    public static BacktestSpec holdout(int horizon, int season) {
        return new BacktestSpec(horizon, 1, horizon, 1, List.of(), season, List.of(80.0, 95.0));
    }

    /** The latest {@code windows} cutoffs, {@code period} apart, each training on at least {@code initial}. */
    public static BacktestSpec rolling(int horizon, int initial, int period, int windows, int season) {
        return new BacktestSpec(horizon, initial, period, windows, List.of(), season, List.of(80.0, 95.0));
    }

    /** Cutoffs for a series of length {@code n}, earliest first; empty when the series is too short for any. */
    public List<Integer> cutoffsFor(int n) {
        if (!cutoffs.isEmpty()) {
            return cutoffs.stream().filter(c -> c + horizon <= n).sorted().toList();
        }
        List<Integer> out = new ArrayList<>();
        for (int c = n - horizon; c >= initial && (maxWindows == 0 || out.size() < maxWindows); c -= period) {
            out.add(0, c);
        }
        return out;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
