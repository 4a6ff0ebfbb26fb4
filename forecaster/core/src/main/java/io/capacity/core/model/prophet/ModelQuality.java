package io.capacity.core.model.prophet;

import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grades a fit from what it already knows: whether the optimiser converged, whether the history covers two cycles
 * of each seasonality, and how far the backtest errors exceeded the in-sample noise.
 */
final class ModelQuality {
    /** Out-of-sample errors this many times the in-sample noise mean the model misses structure in the data. */
    static final double POOR_EXTRAPOLATION = 2.0;

    private ModelQuality() {
    }

    static Quality grade(ProphetModel m) {
        double[] fitted = m.fitted();
        for (double f : fitted) {
            if (!Double.isFinite(f)) {
                return new Quality(Grade.BAD, "fit produced non-finite values");
            }
        }
        List<String> doubts = new ArrayList<>();
        if (!m.converged()) {
            doubts.add("optimiser " + m.optimiser() + " stopped at its iteration cap");
        }
        if (m.size() < 10) {
            doubts.add("only " + m.size() + " observations");
        }
        NoiseCalibration cal = m.calibration();
        if (cal.inflation() >= POOR_EXTRAPOLATION) {
            doubts.add(String.format(Locale.ROOT, "backtest errors %.1fx the in-sample noise; intervals widened",
                    cal.inflation()));
        }
        if (cal.origins() == 0 && m.spec().intervalMethod() == IntervalMethod.BACKTEST) {
            doubts.add("history too short to backtest the intervals");
        }
        if (!doubts.isEmpty()) {
            return new Quality(Grade.UNCERTAIN, String.join("; ", doubts));
        }
        return new Quality(Grade.GOOD, "converged; " + cal.note());
    }
}
