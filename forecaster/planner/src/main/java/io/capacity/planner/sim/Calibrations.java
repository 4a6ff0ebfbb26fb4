package io.capacity.planner.sim;

/**
 * The replay's conformal calibrations ({@link PeakCalibration}), per demand dimension: of the power-on window, and of
 * the power-off window at each rung of the {@link OffLadder} (rung 0, the minimum off time, bounds the power-off; the
 * longer ones give the break-even's expected peaks). A window whose first peaks are still ahead (the longer rungs,
 * early in a replay) borrows the next shorter one's median.
 */
final class Calibrations {
    private final PeakCalibration[] cover;
    private final PeakCalibration[][] keep;
    private final OffLadder ladder;
    private final int coverSteps;
    private final int needed;

    /**
     * @param remembered ratios each calibration keeps (decisions)
     * @param level      coverage of the bound, in (0, 1)
     * @param needed     ratios a calibration needs before its factor is used
     */
    Calibrations(int dims, OffLadder ladder, int coverSteps, int remembered, double level, boolean worstTier,
                 int needed) {
        this.ladder = ladder;
        this.coverSteps = coverSteps;
        this.needed = needed;
        cover = new PeakCalibration[dims];
        keep = new PeakCalibration[dims][ladder.size()];
        for (int x = 0; x < dims; x++) {
            cover[x] = new PeakCalibration(remembered, level, worstTier);
            for (int j = 0; j < ladder.size(); j++) {
                keep[x][j] = new PeakCalibration(remembered, level, worstTier);
            }
        }
    }

    /**
     * At decision {@code t}: realise dimension {@code x}'s windows that ended, then remember this decision's forecast
     * peaks ({@code coverHat}, and {@code keepHat} per rung; NaN when the forecast failed).
     */
    void observe(int x, int t, double coverHat, double[] keepHat, PeakCalibration.PeakReader truth) {
        cover[x].realise(t, truth);
        if (!Double.isNaN(coverHat)) {
            cover[x].forecast(t, t + coverSteps, coverHat);
        }
        for (int j = 0; j < ladder.size(); j++) {
            keep[x][j].realise(t, truth);
            if (!Double.isNaN(keepHat[j])) {
                keep[x][j].forecast(t, t + coverSteps + ladder.at(j), keepHat[j]);
            }
        }
    }

    /** Whether dimension {@code x}'s power-on and shortest power-off windows have their ratios. */
    boolean ready(int x) {
        return cover[x].size() >= needed && keep[x][0].size() >= needed;
    }

    double coverFactor(int x, double headroom) {
        return cover[x].factor(headroom);
    }

    double coverMedian(int x) {
        return cover[x].median();
    }

    /** The power-off window's factor (over the minimum off time). */
    double keepFactor(int x, double headroom) {
        return keep[x][0].factor(headroom);
    }

    /** The power-off window's median ratio per rung. */
    double[] keepMedians(int x) {
        double[] m = new double[ladder.size()];
        for (int j = 0; j < m.length; j++) {
            m[j] = j == 0 || keep[x][j].size() >= needed ? keep[x][j].median() : m[j - 1];
        }
        return m;
    }
}
