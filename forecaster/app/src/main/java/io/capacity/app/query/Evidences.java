package io.capacity.app.query;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Quality;
import io.capacity.core.select.ChosenSpec;
import io.capacity.core.select.Conformal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an answer's {@link Evidence}. Per level, the measured coverage is the pipeline's rolling accuracy when it
 * scored that level, else the backtest's calibration when the automatic choice calibrated the bands, else none.
 */
final class Evidences {
    private Evidences() {
    }

    /** A computed forecast: the choice travels in its spec when the automatic choice made one. */
    static Evidence of(Forecast fc, List<Double> levels, RollingAccuracy rolling) {
        ChosenSpec c = fc.spec() instanceof ChosenSpec s ? s : null;
        return build(fc.quality(), c, levels, rolling);
    }

    /** A stored forecast: what the pipeline's cached choice says of it. */
    static Evidence ofChoice(ChosenSpec c, List<Double> levels, RollingAccuracy rolling) {
        return build(c.quality(), c, levels, rolling);
    }

    private static Evidence build(Quality q, ChosenSpec c, List<Double> levels, RollingAccuracy rolling) {
        Conformal cal = c == null ? null : c.conformal();
        List<LevelCoverage> coverage = new ArrayList<>();
        for (double level : levels) {
            Double r = rolling == null ? null : rolling.coverage().get(level);
            if (r != null) {
                coverage.add(new LevelCoverage(level, r, LevelCoverage.CoverageFrom.ROLLING_ACCURACY,
                        rolling.steps()));
            } else if (cal != null) {
                coverage.add(new LevelCoverage(level, cal.coverage(level),
                        LevelCoverage.CoverageFrom.BACKTEST_CALIBRATION, cal.scores().length));
            } else {
                coverage.add(LevelCoverage.none(level));
            }
        }
        return new Evidence(q, c == null ? null : describe(c), c == null ? Double.NaN : c.backtestMase(), coverage);
    }

    /** The chosen members, with their weights when an ensemble weighs them: {@code prophet 0.41 + ets 0.59}. */
    static String describe(ChosenSpec c) {
        double[] w = c.weights();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.members().size(); i++) {
            parts.add(c.members().get(i) + (w == null ? "" : String.format(Locale.ROOT, " %.2f", w[i])));
        }
        String joined = String.join(" + ", parts);
        return c.members().size() > 1 && w == null ? "median of " + joined : joined;
    }
}
