package io.capacity.notebooks;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar chart of figures by category (a scenario, a model) and series (what is measured), e.g. kWh held and kWh
 * planned per scenario.
 *
 * @param unit the value axis' label
 */
public record Bars(String title, String unit, List<Bar> bars) {
    /** One bar: its series (colour), its category (group) and its height. */
    public record Bar(String series, String category, double value) {
        public Bar {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(category, "category");
        }
    }

    public Bars {
        Objects.requireNonNull(title, "title");
        unit = unit == null ? "" : unit;
        bars = List.copyOf(bars);
    }

    public static Bars of(String title, String unit) {
        return new Bars(title, unit, List.of());
    }

    /** One more bar. */
    public Bars with(String series, String category, double value) {
        List<Bar> more = new ArrayList<>(bars);
        more.add(new Bar(series, category, value));
        return new Bars(title, unit, more);
    }

    public BufferedImage image() {
        return Charts.image(chart());
    }

    public JFreeChart chart() {
        if (bars.isEmpty()) {
            throw new IllegalStateException(title + ": no bar to draw");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            data.addValue(b.value(), b.series(), b.category());
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, Charts.colour(i));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(unit), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        return Charts.chart(title, plot);
    }
}
