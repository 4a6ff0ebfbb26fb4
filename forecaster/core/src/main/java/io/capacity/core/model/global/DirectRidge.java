package io.capacity.core.model.global;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains a {@link PooledFit}: accumulates the windows' cross-products once, solves the ridge normal equations for
 * every step ahead with one Cholesky factorisation, then samples the training errors for the intervals.
 */
final class DirectRidge {
    /** Training errors kept per step ahead for the interval quantiles. */
    static final int ERROR_SAMPLE = 4000;

    private DirectRidge() {
    }

    /** @param series gap-free histories; those shorter than {@link LagDesign#trainingLength()} + 1 give no window */
    static PooledFit train(List<double[]> series, LagDesign d) {
        int p = d.width();
        int h = d.horizon();
        double[][] xtx = new double[p][p];
        double[][] xty = new double[p][h];
        List<int[]> rows = new ArrayList<>();
        int contributing = 0;
        for (int s = 0; s < series.size(); s++) {
            double[] y = series.get(s);
            int before = rows.size();
            for (int end : ends(y.length, d)) {
                Window w = Window.of(y, end, d.lags());
                if (w.scale() == 0) {
                    continue;
                }
                rows.add(new int[]{s, end});
                accumulate(xtx, xty, w, y, end, h);
            }
            contributing += rows.size() > before ? 1 : 0;
        }
        if (rows.isEmpty()) {
            if (series.stream().anyMatch(y -> y.length >= d.trainingLength())) {
                // Only flat windows: every window's best forecast is its own mean, with no error seen.
                return new PooledFit(d, new double[h][p], new double[h][0], 0, 0);
            }
            throw new IllegalArgumentException("the global model needs a series of at least " + d.trainingLength()
                    + " values to learn from, got none among " + series.size());
        }
        double[][] coef = solve(xtx, xty, d.ridge() * rows.size());
        PooledFit noErrors = new PooledFit(d, coef, new double[h][0], contributing, rows.size());
        return new PooledFit(d, coef, errors(noErrors, series, rows), contributing, rows.size());
    }

    /** Window ends of one series, latest first: every {@code stride} steps, at most {@code maxWindows}. */
    static List<Integer> ends(int n, LagDesign d) {
        List<Integer> out = new ArrayList<>();
        for (int end = n - d.horizon(); end >= d.lags() && out.size() < d.maxWindows(); end -= d.stride()) {
            out.add(end);
        }
        return out;
    }

    private static void accumulate(double[][] xtx, double[][] xty, Window w, double[] y, int end, int h) {
        double[] x = w.features();
        double[] t = new double[h];
        for (int k = 0; k < h; k++) {
            t[k] = w.standardise(y[end + k]);
        }
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double[] row = xtx[i];
            for (int j = i; j < x.length; j++) {
                row[j] += xi * x[j];
            }
            double[] ty = xty[i];
            for (int k = 0; k < h; k++) {
                ty[k] += xi * t[k];
            }
        }
    }

    /** Solves {@code (X'X + penalty I) B = X'Y} (no penalty on the intercept); returns B per step ahead. */
    private static double[][] solve(double[][] xtx, double[][] xty, double penalty) {
        int p = xtx.length;
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                a[i][j] = xtx[i][j];
                a[j][i] = xtx[i][j];
            }
            // A tiny floor keeps the factorisation defined when a lag never varies (a one-window history).
            a[i][i] += (i == 0 ? 0 : penalty) + 1e-9 * (1 + xtx[i][i]);
        }
        RealMatrix b = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 1e-14).getSolver()
                .solve(new Array2DRowRealMatrix(xty, false));
        double[][] coef = new double[xty[0].length][p];
        for (int k = 0; k < coef.length; k++) {
            for (int j = 0; j < p; j++) {
                coef[k][j] = b.getEntry(j, k);
            }
        }
        return coef;
    }

    /** Sorted absolute errors per step ahead on an even sample of the training windows. */
    private static double[][] errors(PooledFit fit, List<double[]> series, List<int[]> rows) {
        int h = fit.design().horizon();
        int every = Math.max(1, rows.size() / ERROR_SAMPLE);
        int m = (rows.size() + every - 1) / every;
        double[][] e = new double[h][m];
        int r = 0;
        for (int i = 0; i < rows.size(); i += every, r++) {
            double[] y = series.get(rows.get(i)[0]);
            int end = rows.get(i)[1];
            Window w = Window.of(y, end, fit.design().lags());
            for (int k = 0; k < h; k++) {
                e[k][r] = Math.abs(w.standardise(y[end + k]) - fit.predict(k, w.features()));
            }
        }
        for (double[] row : e) {
            Arrays.sort(row);
        }
        return e;
    }
}
