package io.capacity.app.query;

/**
 * An interval level next to the share of actuals its band held where that was measured.
 *
 * @param nominal  the level asked, in percent
 * @param measured the share in [0, 1], NaN when nothing measured it
 * @param from     where it was measured
 * @param steps    how many forecast steps (or backtest errors) the share is over; 0 with {@link CoverageFrom#NONE}
 */
public record LevelCoverage(double nominal, double measured, CoverageFrom from, int steps) {
    public LevelCoverage {
        if (!(nominal > 0 && nominal < 100)) {
            throw new IllegalArgumentException("a level is a percentage in (0, 100), got " + nominal);
        }
        if (from == null) {
            throw new IllegalArgumentException("a coverage needs its origin");
        }
    }

    static LevelCoverage none(double nominal) {
        return new LevelCoverage(nominal, Double.NaN, CoverageFrom.NONE, 0);
    }

    /** Where a measured coverage comes from. */
    public enum CoverageFrom {
        /** The pipeline's rolling {@code capacity_forecast_accuracy}: its forecasts scored against what happened. */
        ROLLING_ACCURACY,
        /** The automatic choice's backtest: the calibrated band on the held-out windows it was calibrated on. */
        BACKTEST_CALIBRATION,
        /** Nothing measured it: a model without a backtest, or a level neither source covers. */
        NONE
    }
}
