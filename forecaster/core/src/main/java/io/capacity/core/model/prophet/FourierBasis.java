package io.capacity.core.model.prophet;

/** Fourier basis of a seasonality, evaluated on absolute days so that history and future share one phase. */
final class FourierBasis {
    private FourierBasis() {
    }

    /** {@code 2 * order} columns (sin 1, cos 1, sin 2, ...) over steps {@code from} (inclusive) to {@code to}. */
    static double[][] columns(Seasonality s, TimeAxis axis, int from, int to) {
        int len = to - from;
        double[][] cols = new double[2 * s.order()][len];
        double period = s.periodDays();
        for (int i = 0; i < len; i++) {
            // Reduce the phase first: days since 1970 times 2π·order loses digits that a fractional cycle keeps.
            double cycles = axis.dayAt(from + i) / period;
            double phase = 2 * Math.PI * (cycles - Math.floor(cycles));
            for (int k = 1; k <= s.order(); k++) {
                cols[2 * k - 2][i] = Math.sin(k * phase);
                cols[2 * k - 1][i] = Math.cos(k * phase);
            }
        }
        return cols;
    }
}
