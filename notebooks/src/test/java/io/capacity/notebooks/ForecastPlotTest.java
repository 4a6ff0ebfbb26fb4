package io.capacity.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.series.TimeSeries;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ForecastPlotTest {
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    /** Ten days of a daily cycle with a little trend, hourly. */
    static TimeSeries daily(String id, Instant start) {
        double[] v = new double[240];
        for (int i = 0; i < v.length; i++) {
            v[i] = 50 + 20 * Math.sin(2 * Math.PI * i / 24) + 0.05 * i + (i % 7) * 0.3;
        }
        return new TimeSeries(id, start, Duration.ofHours(1), v);
    }

    @Test
    void drawsTheShownHistoryTheActualsAndEachForecastWithBothBands() {
        TimeSeries y = daily("web1", START);
        TimeSeries train = y.head(216);
        Forecast snaive = new SeasonalNaiveSpec(24).forecast(train, 24, 80, 95);
        Forecast naive = new NaiveSpec().forecast(train, 24, 80, 95);
        ForecastPlot p = ForecastPlot.of("web1", "cores", train).lastValues(48).withActual(y.slice(216, 240).values())
                .with("snaive", snaive).with("naive", naive);
        XYPlot plot = p.chart().getXYPlot();
        assertEquals(3, plot.getDatasetCount());
        for (int d = 0; d < 2; d++) {
            YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(d);
            assertEquals(2, bands.getSeriesCount(), "the 95 % and the 80 % band");
            for (int i = 0; i < 24; i++) {
                assertTrue(bands.getStartYValue(0, i) <= bands.getStartYValue(1, i), "80 % inside 95 % at " + i);
                assertTrue(bands.getEndYValue(1, i) <= bands.getEndYValue(0, i), "80 % inside 95 % at " + i);
            }
        }
        YIntervalSeriesCollection first = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(snaive.mean(0), first.getYValue(0, 0), 1e-9);
        assertEquals("snaive (80, 95 %)", first.getSeriesKey(0));
        XYDataset observed = plot.getDataset(2);
        assertEquals(48, observed.getItemCount(0), "only the last 48 values of the history");
        assertEquals(24, observed.getItemCount(1), "every actual");
        assertEquals(train.timeAt(215).toEpochMilli(), observed.getXValue(0, 47), 0);
        assertEquals(train.timeAt(216).toEpochMilli(), first.getXValue(0, 0), 0, "one step after the history");
        assertEquals(train.timeAt(216).toEpochMilli(), observed.getXValue(1, 0), 0);

        BufferedImage img = p.image();
        assertEquals(Charts.WIDTH, img.getWidth());
        assertEquals(Charts.HEIGHT, img.getHeight());
        assertTrue(near(img, Charts.colour(0)), "the first forecast's mean is drawn in its colour");
        assertTrue(near(img, Charts.colour(1)), "the second forecast's mean is drawn in its colour");
    }

    @Test
    void aSeriesWithoutTimestampsIsDrawnAgainstTheStepItsLastValueAtZero() {
        TimeSeries y = TimeSeries.of("H1", daily("H1", START).values());
        Forecast f = new SeasonalNaiveSpec(24).forecast(y, 48, 80, 95);
        XYPlot plot = ForecastPlot.of("H1", "", y).lastValues(24).with("snaive", f).chart().getXYPlot();
        assertEquals(0, plot.getDataset(1).getXValue(0, 23), 0);
        assertEquals(-23, plot.getDataset(1).getXValue(0, 0), 0);
        assertEquals(1, plot.getDataset(0).getXValue(0, 0), 0);
        assertEquals(48, plot.getDataset(0).getXValue(0, 47), 0);
        assertEquals(1, plot.getDataset(1).getSeriesCount(), "no actuals given, none drawn");
    }

    @Test
    void showingNothingOfTheHistoryIsRefused() {
        ForecastPlot p = ForecastPlot.of("x", "y", daily("x", START));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.lastValues(0));
        assertEquals("shown must be at least 1 value, got 0", e.getMessage());
    }

    /** Whether some pixel is within a small distance of {@code c} (lines are antialiased). */
    static boolean near(BufferedImage img, Color c) {
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 30) {
                    return true;
                }
            }
        }
        return false;
    }
}
