package io.capacity.notebooks;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.StepPlan;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One cluster's plans side by side, one colour per scenario: above, the CPU cores the plan must have ready (the
 * forecast's upper band over the target utilisation, dashed) and the cores its powered hosts have ready (solid);
 * below, how many hosts it keeps powered at each step.
 *
 * @param plans the plans by scenario name, in the order drawn
 */
public record PlanPlot(String title, Map<String, ClusterPlan> plans) {
    private static final float[] DASH = {6f, 4f};

    public PlanPlot {
        Objects.requireNonNull(title, "title");
        plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("no plan to draw");
        }
    }

    public BufferedImage image() {
        return Charts.image(chart(), Charts.WIDTH, Charts.HEIGHT * 3 / 2);
    }

    public JFreeChart chart() {
        CombinedDomainXYPlot both = new CombinedDomainXYPlot(domainAxis());
        both.add(cores(), 3);
        both.add(hosts(), 2);
        both.setGap(8);
        return Charts.chart(title, both);
    }

    private ValueAxis domainAxis() {
        StepPlan first = plans.values().iterator().next().steps().get(0);
        return first.at() != null ? new DateAxis() : new NumberAxis("step");
    }

    private XYPlot cores() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        int i = 0;
        int scenario = 0;
        for (Map.Entry<String, ClusterPlan> e : plans.entrySet()) {
            data.addSeries(series(e.getKey() + ": needed", e.getValue(), StepPlan::cpuNeed));
            r.setSeriesPaint(i, Charts.colour(scenario));
            r.setSeriesStroke(i++, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
            data.addSeries(series(e.getKey() + ": ready", e.getValue(), StepPlan::cpuReady));
            r.setSeriesPaint(i, Charts.colour(scenario++));
            r.setSeriesStroke(i++, new BasicStroke(1.6f));
        }
        XYPlot p = new XYPlot(data, null, new NumberAxis("CPU cores"), r);
        Charts.style(p);
        return p;
    }

    private XYPlot hosts() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer r = new XYStepRenderer();
        int i = 0;
        for (Map.Entry<String, ClusterPlan> e : plans.entrySet()) {
            data.addSeries(series(e.getKey() + ": hosts powered", e.getValue(), s -> s.powered()));
            r.setSeriesPaint(i, Charts.colour(i));
            r.setSeriesStroke(i++, new BasicStroke(1.6f));
        }
        NumberAxis count = new NumberAxis("hosts powered");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p = new XYPlot(data, null, count, r);
        Charts.style(p);
        return p;
    }

    private static XYSeries series(String name, ClusterPlan plan, ToDoubleFunction<StepPlan> value) {
        XYSeries s = new XYSeries(name, false, true);
        for (StepPlan step : plan.steps()) {
            double x = step.at() != null ? step.at().toEpochMilli() : step.step();
            s.add(x, value.applyAsDouble(step));
        }
        return s;
    }
}
