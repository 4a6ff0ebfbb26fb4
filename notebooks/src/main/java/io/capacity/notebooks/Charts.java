package io.capacity.notebooks;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.Plot;

/** What every notebook chart shares: its size, background, grid and colours. */
public final class Charts {
    /** Pixels: wide enough for a week of hourly steps in a notebook's column. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 360;
    static final Color HISTORY = new Color(0x4a, 0x6f, 0x8f);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color[] PALETTE = {new Color(0xd9, 0x6c, 0x00), new Color(0x2c, 0x8c, 0x3c),
        new Color(0x7b, 0x3f, 0xa0), new Color(0xc0, 0x1c, 0x28), new Color(0x1f, 0x77, 0xb4),
        new Color(0x8c, 0x6d, 0x31)};

    private Charts() {
    }

    /** The {@code i}-th colour of the palette, repeating after six. */
    public static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    static XYPlot plot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(domain);
        plot.setRangeAxis(range);
        style(plot);
        return plot;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
    }

    static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** {@code chart} drawn at the notebooks' size. */
    public static BufferedImage image(JFreeChart chart) {
        return image(chart, WIDTH, HEIGHT);
    }

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        return chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    }
}
