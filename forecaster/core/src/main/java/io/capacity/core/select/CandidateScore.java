package io.capacity.core.select;

/**
 * One candidate's backtest during selection.
 *
 * @param error null when it backtested; otherwise why not, and the figures are NaN
 */
public record CandidateScore(String name, double mase, double mae, double coverage95, String error) {
    static CandidateScore failed(String name, String error) {
        return new CandidateScore(name, Double.NaN, Double.NaN, Double.NaN, error);
    }

    public boolean ok() {
        return error == null;
    }

    @Override
    public String toString() {
        if (!ok()) {
            return name + " failed (" + error + ")";
        }
        return Double.isFinite(mase) ? String.format("%s %.3f", name, mase) : String.format("%s MAE %.4g", name, mae);
    }
}
