package io.capacity.notebooks;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.series.TimeSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Forecasts drawn against what happened: the last {@code shown} values of the history, the held-out actuals when
 * known, and each labelled forecast's mean with its 95 % and 80 % bands in its own colour. A series with timestamps
 * is drawn against time; one without (M4) against the step, the history's last value at step 0.
 *
 * @param unit   the value axis' label
 * @param shown  how many of the history's last values are drawn
 * @param actual what happened after the history, one value per forecast step (empty when not known)
 */
public record ForecastPlot(String title, String unit, TimeSeries history, int shown, double[] actual,
                           List<Labelled> forecasts) {
    /** A forecast and the name it has in the legend. */
    public record Labelled(String label, Forecast forecast) {
        public Labelled {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(forecast, "forecast");
        }
    }

    public ForecastPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(history, "history");
        if (shown < 1) {
            throw new IllegalArgumentException("shown must be at least 1 value, got " + shown);
        }
        unit = unit == null ? "" : unit;
        actual = actual == null ? new double[0] : actual.clone();
        forecasts = List.copyOf(forecasts);
    }

    /** The whole history, nothing else yet. */
    public static ForecastPlot of(String title, String unit, TimeSeries history) {
        return new ForecastPlot(title, unit, history, history.size(), null, List.of());
    }

    /** Only the last {@code n} values of the history. */
    public ForecastPlot lastValues(int n) {
        return new ForecastPlot(title, unit, history, Math.min(n, history.size()), actual, forecasts);
    }

    /** What happened after the history. */
    public ForecastPlot withActual(double[] values) {
        return new ForecastPlot(title, unit, history, shown, values, forecasts);
    }

    /** One more forecast, made at the history's end. */
    public ForecastPlot with(String label, Forecast f) {
        List<Labelled> more = new ArrayList<>(forecasts);
        more.add(new Labelled(label, f));
        return new ForecastPlot(title, unit, history, shown, actual, more);
    }

    @Override
    public double[] actual() {
        return actual.clone();
    }

    /** The chart as an image of the notebooks' size. */
    public BufferedImage image() {
        return Charts.image(chart());
    }

    public JFreeChart chart() {
        XYPlot plot = Charts.plot(domainAxis(), new NumberAxis(unit));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        XYSeriesCollection observed = new XYSeriesCollection();
        observed.addSeries(line("history", 0, history.values(), history.size() - shown));
        lines.setSeriesPaint(0, Charts.HISTORY);
        if (actual.length > 0) {
            observed.addSeries(line("actual", history.size(), actual, 0));
            lines.setSeriesPaint(1, Color.BLACK);
            lines.setSeriesStroke(1, new BasicStroke(1.6f));
        }
        int dataset = 0;
        for (Labelled f : forecasts) {
            Color c = Charts.colour(dataset);
            plot.setDataset(dataset, bands(f));
            plot.setRenderer(dataset, bandRenderer(c));
            dataset++;
        }
        plot.setDataset(dataset, observed);
        plot.setRenderer(dataset, lines);
        return Charts.chart(title, plot);
    }

    private ValueAxis domainAxis() {
        return history.hasTimestamps() ? new DateAxis() : new NumberAxis("step (0 = last value of the history)");
    }

    /** The x value of index {@code i} of the history (past its end for forecast steps). */
    private double x(int i) {
        return history.hasTimestamps() ? history.timeAt(i).toEpochMilli() : i - (history.size() - 1);
    }

    private XYSeries line(String name, int firstIndex, double[] values, int from) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = from; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                s.add(x(firstIndex + i), values[i]);
            }
        }
        return s;
    }

    /** The 95 % band, then the 80 % one drawn over it; the mean is the centre of both. */
    private YIntervalSeriesCollection bands(Labelled l) {
        YIntervalSeriesCollection out = new YIntervalSeriesCollection();
        Forecast f = l.forecast();
        for (double level : new double[] {95, 80}) {
            PredictionInterval band = f.interval(level).orElse(null);
            YIntervalSeries s = new YIntervalSeries(level == 95 ? l.label() + (band == null ? "" : " (80, 95 %)")
                    : l.label() + " 80 %");
            for (int i = 0; i < f.horizon(); i++) {
                double m = f.mean(i);
                double lo = band == null ? m : band.lower(i);
                double hi = band == null ? m : band.upper(i);
                if (Double.isFinite(m) && Double.isFinite(lo) && Double.isFinite(hi)) {
                    s.add(x(history.size() + i), m, lo, hi);
                }
            }
            out.addSeries(s);
            if (band == null) {
                break;
            }
        }
        return out;
    }

    private static DeviationRenderer bandRenderer(Color c) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(1.4f));
        }
        r.setSeriesVisibleInLegend(1, false);
        r.setAlpha(0.15f);
        return r;
    }
}
