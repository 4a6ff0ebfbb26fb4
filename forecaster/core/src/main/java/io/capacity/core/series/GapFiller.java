package io.capacity.core.series;

/**
 * Fills NaN in a series so that models can fit it, and reports every value it invented. Interior gaps are
 * interpolated (linearly, or linearly on the seasonally adjusted series so that a filled night still looks like a
 * night); leading NaN are trimmed because nothing anchors them; trailing NaN carry the last observation forward so
 * the forecast still starts where the caller expects.
 */
public final class GapFiller {
    private GapFiller() {
    }

    /** Linear interpolation between the observations either side of each gap. */
    public static Filled linear(TimeSeries series) {
        return fill(series, 1);
    }

    /**
     * Seasonal interpolation: removes a per-phase mean profile of the given period, interpolates linearly, adds the
     * profile back. With period 1 this is linear interpolation.
     */
    public static Filled seasonal(TimeSeries series, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("gap-fill period must be at least 1, got " + period);
        }
        return fill(series, period);
    }

    private static Filled fill(TimeSeries series, int period) {
        double[] raw = series.values();
        int first = 0;
        while (first < raw.length && !Double.isFinite(raw[first])) {
            first++;
        }
        if (first == raw.length) {
            throw new IllegalArgumentException("series " + series.id() + " has no finite value among "
                    + raw.length + " to fill gaps from");
        }
        TimeSeries trimmed = series.slice(first, raw.length);
        double[] y = trimmed.values();
        double[] profile = SeasonalProfile.of(y, period);
        double[] adj = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            adj[i] = y[i] - profile[i % period];
        }
        GapScan scan = GapScan.fillLinear(adj);
        for (int i = 0; i < y.length; i++) {
            y[i] = adj[i] + profile[i % period];
        }
        String method = period == 1 ? "linear interpolation" : "seasonal interpolation (period " + period + ")";
        GapReport report = new GapReport(y.length, scan.interior() + scan.trailing(), scan.gaps(), scan.longest(),
                scan.longestStart(), first, scan.trailing(), method);
        return new Filled(trimmed.withValues(y), report);
    }
}
