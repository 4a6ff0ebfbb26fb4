package io.capacity.core.select;

/**
 * Thresholds that turn backtest figures into a grade. MASE here is the backtest MASE (forecast MAE over the
 * in-sample one-season-ahead naive MAE), so 1 means "as good as seasonal naive is in-sample".
 *
 * @param goodMase         at or below: GOOD (other checks permitting)
 * @param badMase          above: BAD
 * @param minCoverage95    raw 95 % coverage below this is reported (conformal calibration then widens it)
 * @param maxFilledFraction more gap-filled values than this share makes the grade at best UNCERTAIN
 */
public record GradePolicy(double goodMase, double badMase, double minCoverage95, double maxFilledFraction) {
    public static final GradePolicy DEFAULT = new GradePolicy(1.5, 4.0, 0.8, 0.1);

    public GradePolicy {
        if (!(goodMase > 0 && badMase > goodMase)) {
            throw new IllegalArgumentException("need 0 < goodMase < badMase, got " + goodMase + " and " + badMase);
        }
        if (!(minCoverage95 >= 0 && minCoverage95 <= 1)) {
            throw new IllegalArgumentException("minCoverage95 must be in [0, 1], got " + minCoverage95);
        }
        if (!(maxFilledFraction >= 0 && maxFilledFraction <= 1)) {
            throw new IllegalArgumentException("maxFilledFraction must be in [0, 1], got " + maxFilledFraction);
        }
    }
}
