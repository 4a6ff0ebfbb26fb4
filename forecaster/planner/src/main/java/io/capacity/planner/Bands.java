package io.capacity.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.hint.Hints;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.schedule.Fleet;
import io.capacity.planner.schedule.Needs;
import io.capacity.planner.schedule.BreakEven;
import io.capacity.planner.schedule.Rules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The forecast bands of one cluster turned into per-step capacity needs, with their grade and step rules. */
final class Bands {
    private static final Logger LOG = LoggerFactory.getLogger(Bands.class);
    private final String cluster;
    private final PlanOptions o;
    private final Forecast any;
    private final Map<Dimension, double[]> upper = new EnumMap<>(Dimension.class);
    private final Map<Dimension, double[]> mean = new EnumMap<>(Dimension.class);
    private final Grade grade;
    private final String gradeReason;

    private Bands(String cluster, Map<Dimension, Forecast> f, PlanOptions o) {
        this.cluster = cluster;
        this.o = o;
        this.any = f.values().iterator().next();
        Grade worst = Grade.GOOD;
        List<String> reasons = new ArrayList<>();
        for (var e : f.entrySet()) {
            if (e.getKey() == Dimension.POWER) {
                throw new IllegalArgumentException("cluster " + cluster + ": POWER is a budget (cluster"
                        + " power_budget_watts), not a demand forecast");
            }
            Forecast fc = e.getValue();
            PredictionInterval pi = fc.interval(o.upperLevel()).orElseThrow(() -> new IllegalArgumentException(
                    "cluster " + cluster + ": the " + e.getKey() + " forecast has no " + o.upperLevel()
                            + " % interval; it has " + fc.intervals().stream().map(PredictionInterval::level)
                            .toList()));
            upper.put(e.getKey(), pi.upper());
            mean.put(e.getKey(), fc.mean());
            if (fc.quality().grade().compareTo(worst) > 0) {
                worst = fc.quality().grade();
            }
            reasons.add(e.getKey() + " " + fc.quality().grade() + ": " + fc.quality().reason());
        }
        this.grade = worst;
        this.gradeReason = String.join("; ", reasons);
    }

    static Bands of(String cluster, Map<Dimension, Forecast> f, PlanOptions o) {
        return new Bands(cluster, f, o);
    }

    int horizon() {
        return any.horizon();
    }

    Duration step() {
        return any.step();
    }

    Instant start() {
        return any.start();
    }

    Instant timeAt(int t) {
        return any.timeAt(t);
    }

    Grade grade() {
        return grade;
    }

    String gradeReason() {
        return gradeReason;
    }

    String describe() {
        return String.format("upper %.0f %% + %.0f %% margin", o.upperLevel(), o.safetyMargin() * 100);
    }

    /** Capacity per step and host dimension: upper bound * (1 + margin) / target, never negative. */
    double[][] need() {
        double[][] n = new double[horizon()][Needs.dimensions()];
        for (int d = 0; d < Needs.dimensions(); d++) {
            double[] u = upper.get(Needs.dimension(d));
            for (int t = 0; u != null && t < n.length; t++) {
                n[t][d] = Math.max(0, u[t]) * (1 + o.safetyMargin()) / o.targetUtilisation();
            }
        }
        return n;
    }

    /** The mean CPU demand per step, which the schedule's energy preference is judged at (0 without a forecast). */
    double[] expectedCpu() {
        double[] m = mean.get(Dimension.CPU);
        double[] e = new double[horizon()];
        for (int t = 0; m != null && t < e.length; t++) {
            e[t] = Math.max(0, m[t]);
        }
        return e;
    }

    /** The load the sized hosts will run at on average: mean / (upper / target). */
    double expectedLoad(double target) {
        double[] u = upper.get(Dimension.CPU);
        double[] m = mean.get(Dimension.CPU);
        if (u == null) {
            LOG.info("cluster {}: no CPU forecast; hosts ranked by watts per core at the target load {}."
                    + " Override with " + Hints.option("expected_load", "U"), cluster, target);
            return target;
        }
        double s = 0;
        for (int t = 0; t < u.length; t++) {
            s += u[t] > 0 ? Math.max(0, m[t]) / (u[t] * (1 + o.safetyMargin()) / target) : 0;
        }
        double load = Math.max(0, Math.min(1, s / u.length));
        LOG.info("cluster {}: hosts ranked by watts per core at expected load {} (mean / sized capacity)."
                + " Override with " + Hints.option("expected_load", "U"), cluster, String.format("%.2f", load));
        return load;
    }

    Rules rules(Fleet fleet, PlanOptions o, Cluster c) {
        Duration boot = fleet.hosts().stream().map(Host::bootTime).max(Duration::compareTo).orElseThrow();
        int lead = ceilSteps(boot);
        int minOff = ceilSteps(o.minOffTime());
        int perDay = (int) Math.max(1, Math.round(86_400_000.0 / step().toMillis()));
        return new Rules(o.redundancy(), o.targetUtilisation(), lead, minOff, o.maxTransitionsPerDay(), perDay,
                c.powerBudgetWatts(), BreakEven.of(o.costs()));
    }

    private int ceilSteps(Duration d) {
        return (int) Math.ceil(d.toMillis() / (double) step().toMillis());
    }

    /** Mean CPU demand at {@code t}, or the expected load of ready capacity without a CPU forecast. */
    double meanCpu(int t, double readyCpu, double load) {
        double[] m = mean.get(Dimension.CPU);
        return m == null ? load * readyCpu : Math.max(0, m[t]);
    }

    double[] uplinkNeed() {
        double[] u = upper.get(Dimension.BANDWIDTH);
        if (u == null) {
            return null;
        }
        double[] n = new double[u.length];
        for (int t = 0; t < n.length; t++) {
            n[t] = Math.max(0, u[t]) * (1 + o.safetyMargin()) / o.targetUtilisation();
        }
        return n;
    }

    double[] bandwidthMean() {
        return mean.get(Dimension.BANDWIDTH);
    }
}
