package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.series.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A piecewise-linear trend with two known bends, plus daily seasonality and seeded noise. */
class TrendRecoveryTest {
    private static final int N = 960;
    private static final double SLOPE = 0.02;
    private static final int[] BENDS = {300, 600};
    private static final double[] CHANGES = {0.05, -0.06};

    private static TimeSeries series() {
        double[] e = Synthetic.noise(N, 0.5, 11);
        double[] y = new double[N];
        for (int t = 0; t < N; t++) {
            double trend = 10 + SLOPE * t;
            for (int j = 0; j < BENDS.length; j++) {
                trend += CHANGES[j] * Math.max(0, t - BENDS[j]);
            }
            y[t] = trend + Synthetic.daily(t, 3) + e[t];
        }
        return Synthetic.hourly("bends", y);
    }

    @Test
    void automaticChangepointsFindTheBendsAndTheirSize() {
        ProphetModel m = ProphetSpec.defaults().fit(series());
        assertEquals(SLOPE, m.initialRate(), 0.004);
        List<TrendChange> changes = m.trendChanges();
        assertEquals(25, changes.size());
        double stray = 0;
        for (int j = 0; j < BENDS.length; j++) {
            double near = 0;
            for (TrendChange c : changes) {
                if (Math.abs(c.index() - BENDS[j]) <= 48) {
                    near += c.rateChange();
                }
            }
            assertEquals(CHANGES[j], near, 0.15 * Math.abs(CHANGES[j]), "change near step " + BENDS[j]);
        }
        for (TrendChange c : changes) {
            if (Math.abs(c.index() - BENDS[0]) > 48 && Math.abs(c.index() - BENDS[1]) > 48) {
                stray += Math.abs(c.rateChange());
            }
        }
        assertTrue(stray < 0.1 * (Math.abs(CHANGES[0]) + Math.abs(CHANGES[1])), "sparsity: stray changes " + stray);
    }

    @Test
    void explicitChangepointsRecoverTheExactChanges() {
        ProphetModel m = ProphetSpec.builder().changepoints(List.of(300, 600)).build().fit(series());
        List<TrendChange> changes = m.trendChanges();
        assertEquals(2, changes.size());
        assertEquals(300, changes.get(0).index());
        assertEquals(CHANGES[0], changes.get(0).rateChange(), 0.003);
        assertEquals(CHANGES[1], changes.get(1).rateChange(), 0.003);
        double finalSlope = SLOPE + CHANGES[0] + CHANGES[1];
        double[] f = m.component("trend", N, 100);
        assertEquals(finalSlope, (f[99] - f[0]) / 99, 0.002);
    }

    @Test
    void sparsityPriorScaleControlsTheBends() {
        ProphetModel stiff = ProphetSpec.builder().changepointPriorScale(1e-5).build().fit(series());
        double total = stiff.trendChanges().stream().mapToDouble(c -> Math.abs(c.rateChange())).sum();
        assertTrue(total < 0.01, "a tiny prior scale forbids bends, got total change " + total);
    }
}
