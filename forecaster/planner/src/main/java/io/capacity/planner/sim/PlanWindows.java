package io.capacity.planner.sim;

/**
 * The plan's windows from history only: the running maximum of each dimension's forecast path (one value per
 * decision block) times its calibrated factors, the 95 % rank for the bounds of the power-on and power-off windows
 * and the median ratio for the expected peaks, the break-even's per rung of the {@link OffLadder}; or, before the
 * calibration has its ratios, the model's own upper bound and mean.
 */
final class PlanWindows implements Windows {
    private final double[][] mean;
    private final double[][] upper;
    private final double[] coverFactor;
    private final double[] keepFactor;
    private final double coverMedian;
    private final double[][] keepMedian;
    private final int cover;
    private final int block;
    private final OffLadder ladder;

    /**
     * @param mean        per dimension, the running maximum of the forecast mean from the decision, per block
     * @param upper       the same of the model's upper bound, or null when calibrated
     * @param coverFactor per dimension, the power-on window's factor (calibrated only)
     * @param keepFactor  per dimension, the power-off window's factor (calibrated only)
     * @param coverMedian the power-on window's median ratio (calibrated only)
     * @param keepMedian  per dimension and rung, the median ratio of the power-off window that long (calibrated
     *                    only; rung 0 is the minimum off time)
     * @param cover       steps of the power-on window
     * @param block       steps per decision block
     */
    PlanWindows(double[][] mean, double[][] upper, double[] coverFactor, double[] keepFactor, double coverMedian,
                double[][] keepMedian, int cover, int block, OffLadder ladder) {
        this.mean = mean;
        this.upper = upper;
        this.coverFactor = coverFactor;
        this.keepFactor = keepFactor;
        this.coverMedian = coverMedian;
        this.keepMedian = keepMedian;
        this.cover = cover;
        this.block = block;
        this.ladder = ladder;
    }

    @Override
    public Peak cover() {
        return at(cover, coverFactor, upper == null ? coverMedian : 1);
    }

    @Override
    public Peak keep() {
        return at(cover + ladder.at(0), keepFactor, upper == null ? keepMedian[0][0] : 1);
    }

    @Override
    public Peak stay(int n) {
        int j = ladder.rung(n);
        int b = block(cover + ladder.at(j));
        double[] expected = new double[mean.length];
        for (int x = 0; x < mean.length; x++) {
            expected[x] = mean[x][b] * (upper != null ? 1 : keepMedian[x][j]);
        }
        return new Peak(expected[0], expected);
    }

    /** Whether the bounds come from the calibration (else from the model's own upper bound). */
    boolean calibrated() {
        return upper == null;
    }

    /** Dimension {@code x}'s power-off factor (calibrated only). */
    double keepFactor(int x) {
        return keepFactor[x];
    }

    private int block(int steps) {
        return (int) Math.ceil(steps / (double) block) - 1;
    }

    /** The window of {@code steps}: bounds by {@code factor} (or the model's upper bound), CPU expected by median. */
    private Peak at(int steps, double[] factor, double median) {
        int b = block(steps);
        double[] bound = new double[mean.length];
        for (int x = 0; x < mean.length; x++) {
            bound[x] = upper != null ? upper[x][b] : mean[x][b] * factor[x];
        }
        return new Peak(mean[0][b] * median, bound);
    }
}
