package io.capacity.core.backtest;

import io.capacity.core.fixtures.AirPassengers;
import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktesterTest {
    @Test
    void naiveHoldoutOnAirPassengersMatchesHandComputation() {
        TimeSeries s = AirPassengers.series();
        SeriesBacktest r = Backtester.run(s, new NaiveSpec(), BacktestSpec.holdout(12, 12));
        assertTrue(r.ok());
        // Last year 1960 forecast flat at Dec 1959 = 405; actual mean = 476.1667, all above 405.
        double[] actual = s.tail(12).values();
        double mae = 0;
        for (double v : actual) {
            mae += Math.abs(v - 405);
        }
        mae /= 12;
        double scale = Metrics.seasonalNaiveScale(s.head(132).values(), 12);
        assertEquals(mae, r.scores().mae(), 1e-9);
        assertEquals(mae / scale, r.scores().mase(), 1e-9);
        assertEquals(132, r.windows().get(0).cutoff());
    }

    @Test
    void seasonalNaiveOnAPurelyPeriodicSeriesHasZeroErrorAndNoMaseScale() {
        SeriesBacktest r = Backtester.run(TimeSeries.of("p", periodic(96)), new SeasonalNaiveSpec(24),
                BacktestSpec.rolling(24, 48, 12, 0, 24));
        assertEquals(List.of(48, 60, 72), r.windows().stream().map(WindowResult::cutoff).toList());
        assertEquals(0.0, r.scores().mae(), 0.0);
        assertEquals(1.0, r.scores().coverage(95), 0.0);
        // The in-sample seasonal naive MAE is zero too, so MASE is undefined rather than a misleading number.
        assertTrue(Double.isNaN(r.scores().mase()));
    }

    @Test
    void oneFailingSeriesDoesNotStopTheBatch() {
        ModelSpec picky = new ModelSpec() {
            @Override
            public String name() {
                return "picky";
            }

            @Override
            public FittedModel fit(TimeSeries series) {
                if (series.id().equals("bad")) {
                    throw new IllegalStateException("cannot fit bad");
                }
                return new NaiveSpec().fit(series);
            }
        };
        List<TimeSeries> batch = List.of(Synthetic.seasonal("a", 200, 24, 1, 1), Synthetic.seasonal("bad", 200, 24, 1, 2),
                Synthetic.seasonal("c", 200, 24, 1, 3), TimeSeries.of("short", 1, 2, 3));
        BacktestReport report = new Backtester(3).runAll(batch, picky, BacktestSpec.holdout(24, 24));
        assertEquals(List.of("a", "bad", "c", "short"), report.series().stream().map(SeriesBacktest::seriesId).toList());
        assertEquals(2, report.failures());
        assertFalse(report.series().get(1).ok());
        assertTrue(report.series().get(1).error().contains("cannot fit bad"));
        assertTrue(report.series().get(3).error().contains("too short"));
        assertNull(report.series().get(0).error());
        double expected = (report.series().get(0).scores().mase() + report.series().get(2).scores().mase()) / 2;
        assertEquals(expected, report.aggregate().mase(), 1e-12);
    }

    private static double[] periodic(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 10 + (t % 24) * (t % 24 == 5 ? 3 : 1);
        }
        return y;
    }
}
