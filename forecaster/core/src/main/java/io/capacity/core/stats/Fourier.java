package io.capacity.core.stats;

/**
 * Fourier regressors for a seasonal period: pairs {@code sin(2 pi k t / period), cos(2 pi k t / period)} for
 * k = 1..K, with t counted from 1 at the first in-sample observation (as R's {@code forecast::fourier}), so future
 * terms continue the same phase. When 2K equals the period the last sine is identically zero and is dropped.
 */
public final class Fourier {
    private Fourier() {
    }

    public static int termCount(double period, int harmonics) {
        return 2 * harmonics - (Math.abs(2 * harmonics - period) < 1e-9 ? 1 : 0);
    }

    /** Columns for time steps {@code offset+1 .. offset+n}; names follow R: S1-168, C1-168, ... */
    public static double[][] terms(double period, int harmonics, int offset, int n) {
        int count = termCount(period, harmonics);
        double[][] cols = new double[count][n];
        int c = 0;
        for (int k = 1; k <= harmonics; k++) {
            boolean dropSin = Math.abs(2 * k - period) < 1e-9;
            for (int t = 0; t < n; t++) {
                double angle = 2 * Math.PI * k * (offset + t + 1) / period;
                if (!dropSin) {
                    cols[c][t] = Math.sin(angle);
                }
                cols[dropSin ? c : c + 1][t] = Math.cos(angle);
            }
            c += dropSin ? 1 : 2;
        }
        return cols;
    }

    public static String[] names(double period, int harmonics) {
        String[] out = new String[termCount(period, harmonics)];
        String p = period == Math.rint(period) ? Long.toString((long) period) : Double.toString(period);
        int c = 0;
        for (int k = 1; k <= harmonics; k++) {
            if (Math.abs(2 * k - period) >= 1e-9) {
                out[c++] = "S" + k + "-" + p;
            }
            out[c++] = "C" + k + "-" + p;
        }
        return out;
    }
}
