package io.capacity.core.stats;

/**
 * Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae and Terpenning 1990), the non-robust form
 * (two inner passes, no robustness iterations) with the parameter defaults of R's {@code stl}, which is what
 * {@code forecast::mstl} and therefore {@code nsdiffs}' seasonal-strength test use on a single-period series.
 *
 * <p>Each inner pass: detrend; smooth every cycle-subseries with a local-constant loess of window
 * {@code seasonalWindow}, extended one period at each end; low-pass that (moving averages of m, m, 3, then loess)
 * and subtract, so the seasonal part carries no trend; then smooth the deseasonalised series for the trend.
 *
 * @param period          m >= 2
 * @param seasonalWindow  loess window of the cycle-subseries (odd, >= 3)
 * @param trendWindow     loess window of the trend (odd, >= 3)
 * @param lowPassWindow   loess window of the low-pass filter (odd, >= 3)
 */
public record Stl(int period, int seasonalWindow, int trendWindow, int lowPassWindow) {
    /** Inner passes of the non-robust fit (R's stl with robust = FALSE). */
    static final int INNER = 2;

    /** Seasonal, trend and remainder components, each as long as the series. */
    public record Decomposition(double[] seasonal, double[] trend, double[] remainder) {
    }

    public Stl {
        if (period < 2) {
            throw new IllegalArgumentException("STL needs a period >= 2, got " + period);
        }
        for (int win : new int[] {seasonalWindow, trendWindow, lowPassWindow}) {
            if (win < 3 || win % 2 == 0) {
                throw new IllegalArgumentException("STL windows must be odd and >= 3, got " + win);
            }
        }
    }

    /**
     * R's defaults for {@code stl(x, s.window = sWindow)}: trend window the next odd integer from
     * 1.5 m / (1 - 1.5 / sWindow), low-pass window the next odd from m. {@code forecast::mstl} uses sWindow = 11.
     */
    public static Stl withDefaults(int period, int sWindow) {
        int t = nextOdd((int) Math.ceil(1.5 * period / (1 - 1.5 / sWindow)));
        return new Stl(period, sWindow, t, nextOdd(period));
    }

    /** Decomposes {@code x} (no NaN; more than two full periods). */
    public Decomposition decompose(double[] x) {
        int n = x.length;
        int m = period;
        if (n <= 2 * m) {
            throw new IllegalArgumentException("STL needs more than two periods: n=" + n + ", period=" + m);
        }
        Loess seasonalLoess = new Loess(seasonalWindow, 0, jump(seasonalWindow));
        Loess trendLoess = new Loess(trendWindow, 1, jump(trendWindow));
        Loess lowLoess = new Loess(lowPassWindow, 1, jump(lowPassWindow));
        double[] trend = new double[n];
        double[] season = new double[n];
        double[] work = new double[n];
        double[] cycle = new double[n + 2 * m];
        double[] low = new double[n + 2 * m];
        double[] scratch = new double[n + 2 * m + 4];
        for (int pass = 0; pass < INNER; pass++) {
            for (int t = 0; t < n; t++) {
                work[t] = x[t] - trend[t];
            }
            CycleSubseries.smooth(work, m, seasonalLoess, cycle, scratch);
            LowPass.apply(cycle, n, m, lowLoess, low, scratch);
            for (int t = 0; t < n; t++) {
                season[t] = cycle[m + t] - low[t];
                work[t] = x[t] - season[t];
            }
            trendLoess.smooth(work, 0, n, trend, 0);
        }
        double[] rem = new double[n];
        for (int t = 0; t < n; t++) {
            rem[t] = x[t] - season[t] - trend[t];
        }
        return new Decomposition(season, trend, rem);
    }

    /** R's default jumps: a tenth of the window, rounded up. */
    static int jump(int window) {
        return (int) Math.ceil(window / 10.0);
    }

    static int nextOdd(int v) {
        return v % 2 == 0 ? v + 1 : v;
    }
}
