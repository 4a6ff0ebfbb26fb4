package io.capacity.service.report;

import io.capacity.app.report.Chart;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.series.TimeSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a report chart with JFreeChart as a PNG, embedded as a {@code data:} URI so the HTML and the PDF carry it
 * with no external asset: observed demand as a line, the forecast's mean with its 95 % and 80 % bands, the usable
 * capacity as a dashed red line.
 */
final class ReportCharts {
    static final int WIDTH = 900;
    static final int HEIGHT = 300;
    private static final Color DEMAND = new Color(0x1f, 0x4e, 0x79);
    private static final Color FORECAST = new Color(0xd9, 0x6c, 0x00);

    private ReportCharts() {
    }

    /** The chart as {@code data:image/png;base64,...}. */
    static String dataUri(Chart c) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(c));
    }

    static byte[] png(Chart c) {
        JFreeChart chart = new JFreeChart(c.title(), new Font(Font.SANS_SERIF, Font.BOLD, 14), plot(c), true);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static XYPlot plot(Chart c) {
        DateAxis time = new DateAxis();
        NumberAxis value = new NumberAxis(c.unit());
        value.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(time);
        plot.setRangeAxis(value);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        XYSeriesCollection observed = new XYSeriesCollection(history(c.history()));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, DEMAND);
        line.setSeriesStroke(0, new BasicStroke(1.2f));
        plot.setDataset(0, observed);
        plot.setRenderer(0, line);
        if (c.forecast() != null) {
            DeviationRenderer bands = new DeviationRenderer(true, false);
            YIntervalSeriesCollection f = bands(c.forecast());
            for (int i = 0; i < f.getSeriesCount(); i++) {
                bands.setSeriesPaint(i, FORECAST);
                bands.setSeriesFillPaint(i, FORECAST);
                bands.setSeriesStroke(i, new BasicStroke(1.2f));
            }
            bands.setAlpha(0.18f);
            plot.setDataset(1, f);
            plot.setRenderer(1, bands);
        }
        if (Double.isFinite(c.usable())) {
            ValueMarker usable = new ValueMarker(c.usable(), new Color(0xc0, 0x1c, 0x28), new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            usable.setLabel("usable capacity");
            usable.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            usable.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(usable);
            value.setUpperBound(Math.max(value.getUpperBound(), c.usable() * 1.1));
        }
        return plot;
    }

    private static XYSeries history(TimeSeries y) {
        XYSeries s = new XYSeries("demand", false, true);
        for (int i = 0; i < y.size(); i++) {
            if (Double.isFinite(y.value(i))) {
                s.add(y.timeAt(i).toEpochMilli(), y.value(i));
            }
        }
        return s;
    }

    /** One series per band, widest first so the narrower one is drawn over it. */
    private static YIntervalSeriesCollection bands(Forecast f) {
        YIntervalSeriesCollection out = new YIntervalSeriesCollection();
        for (double level : new double[] {95, 80}) {
            PredictionInterval band = f.interval(level).orElse(null);
            if (band == null) {
                continue;
            }
            YIntervalSeries s = new YIntervalSeries("forecast " + (int) level + " %");
            for (int i = 0; i < f.horizon(); i++) {
                if (Double.isFinite(f.mean(i)) && Double.isFinite(band.lower(i)) && Double.isFinite(band.upper(i))) {
                    s.add(f.timeAt(i).toEpochMilli(), f.mean(i), band.lower(i), band.upper(i));
                }
            }
            out.addSeries(s);
        }
        return out;
    }
}
