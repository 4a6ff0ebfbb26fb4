package io.capacity.core.planner.sim;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.planner.power.PowerCatalogue;
import io.capacity.core.planner.power.PowerCurve;
import io.capacity.core.planner.schedule.Rules;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay loop: at each decision point fit the model on the trailing window only, plan from its upper bound,
 * and let an oracle with the true future decide under the same rules; both are metered step by step, once per
 * power model.
 */
final class Replay {
    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    final Trace trace;
    final ReplayRules r;
    final int hosts;
    final int d;
    final int lead;
    final int minOff;
    final int w0;
    final List<Lane> lanes = new ArrayList<>();
    int fits;
    int failures;
    double maxMargin;

    Replay(Trace trace, int hosts, ReplayRules r, List<String> models) {
        this.trace = trace;
        this.r = r;
        this.hosts = hosts;
        this.d = steps(r.decisionEvery());
        this.lead = (int) Math.ceil(r.bootTime().toMillis() / (double) trace.step().toMillis());
        this.minOff = (int) Math.ceil(r.minOffTime().toMillis() / (double) trace.step().toMillis());
        this.w0 = steps(r.warmup());
        if (w0 >= trace.size()) {
            throw new IllegalArgumentException("warmup " + r.warmup() + " is " + w0 + " steps but trace "
                    + trace.name() + " has only " + trace.size());
        }
        Rules rules = new Rules(r.redundancy(), r.targetUtilisation(), lead, minOff, r.maxTransitionsPerDay(),
                trace.stepsPerDay(), Double.POSITIVE_INFINITY);
        for (String m : models) {
            PowerCurve c = PowerCatalogue.builtIn().resolve(m);
            lanes.add(new Lane(m, c, packing(m, c), hosts, rules, r.bootTime(), trace.size() - w0));
        }
    }

    /** The target, or the curve's most efficient load when that is lower and the rules allow it (logged). */
    private double packing(String model, PowerCurve c) {
        double best = c.mostEfficientLoad();
        if (!r.efficientPacking() || best >= r.targetUtilisation()) {
            return r.targetUtilisation();
        }
        LOG.info("replay {}: {} does the most work per watt at {} % load, below the target {} %: plan and oracle"
                        + " pack hosts to at most {} %, since busier hosts would draw more than the idle hosts"
                        + " saved. Override with ReplayRules.withEfficientPacking(false)", trace.name(), model,
                Math.round(100 * best), Math.round(100 * r.targetUtilisation()), Math.round(100 * best));
        return best;
    }

    private int steps(Duration x) {
        return (int) Math.max(1, Math.ceil(x.toMillis() / (double) trace.step().toMillis()));
    }

    void run(ModelSpec model) {
        Margin margin = new Margin(Math.max(1, steps(r.margin().window()) / d), r.margin().quantile(),
                r.targetUtilisation());
        int window = steps(r.window());
        int span = d + lead + minOff;
        FittedModel fitted = null;
        int fitEnd = 0;
        int blocks = (int) Math.ceil(span / (double) d) + 1;
        for (int t = w0, k = 0; t < trace.size(); t += d, k++) {
            if (k % r.refitEvery() == 0 || fitted == null) {
                fitted = fit(model, t, window);
                fitEnd = t;
            }
            double[] up = upper(fitted, (t - fitEnd) / d, blocks);
            double m = r.margin().enabled() ? margin.value() : 0;
            maxMargin = Math.max(maxMargin, m);
            for (Lane lane : lanes) {
                decide(lane, t, up, m, span);
            }
            double blockMax = 0;
            for (int s = t; s < Math.min(t + d, trace.size()); s++) {
                double x = hostUnits(s);
                blockMax = Math.max(blockMax, x);
                for (Lane lane : lanes) {
                    lane.planMeter.record(s - w0, x, (int) Math.round(lane.plan.readyCapacity(s, 0)),
                            lane.plan.poweredCount());
                    lane.oracleMeter.record(s - w0, x, (int) Math.round(lane.oracle.readyCapacity(s, 0)),
                            lane.oracle.poweredCount());
                    lane.alwaysMeter.record(s - w0, x, hosts, hosts);
                }
            }
            margin.observe(blockMax, up[0]);
        }
    }

    private void decide(Lane lane, int t, double[] up, double m, int span) {
        double[] need = new double[span];
        double[] truth = new double[span];
        for (int h = 0; h < span; h++) {
            need[h] = Math.max(0, up[h / d] * (1 + m)) / lane.packing;
            truth[h] = t + h < trace.size() ? hostUnits(t + h) / lane.packing : 0;
        }
        lane.transitions += lane.plan.decide(t, window(need, d + lead), window(need, span)).size();
        lane.oracleTransitions += lane.oracle.decide(t, window(truth, d + lead), window(truth, span)).size();
    }

    private FittedModel fit(ModelSpec model, int t, int window) {
        TimeSeries hist = blockMaxima(t, window);
        fits++;
        try {
            return model.fit(hist);
        } catch (RuntimeException e) {
            failures++;
            LOG.warn("replay {}: fitting {} at step {} failed ({}); this decision keeps every host on",
                    trace.name(), model.name(), t, e.getMessage());
            return null;
        }
    }

    /** Upper bound of the next {@code span} interval maxima in host units; every host when the fit failed. */
    private double[] upper(FittedModel fitted, int offset, int span) {
        double[] u = new double[span];
        if (fitted == null) {
            java.util.Arrays.fill(u, hosts * r.targetUtilisation());
            return u;
        }
        Forecast f = fitted.forecast(offset + span, r.upperLevel());
        double[] all = f.interval(r.upperLevel()).orElseThrow().upper();
        for (int h = 0; h < span; h++) {
            u[h] = Math.max(0, all[offset + h]);
        }
        return u;
    }

    /**
     * The trailing window as the maximum of each decision interval, ending at {@code t}: the plan must hold the
     * peak inside each interval, and the interval maximum is far more predictable than 5-minute spikes.
     */
    private TimeSeries blockMaxima(int t, int window) {
        int count = Math.max(1, Math.min(window, t) / d);
        double[] v = new double[count];
        for (int b = 0; b < count; b++) {
            int from = t - (count - b) * d;
            double m = 0;
            for (int i = Math.max(0, from); i < from + d; i++) {
                m = Math.max(m, hostUnits(i));
            }
            v[b] = m;
        }
        var start = trace.start() == null ? null : trace.start().plus(trace.step().multipliedBy(t - count * d));
        return new TimeSeries(trace.name(), start, trace.step().multipliedBy(d), v);
    }

    double hostUnits(int s) {
        return trace.at(s) * hosts;
    }

    private static double[] window(double[] need, int to) {
        double m = 0;
        for (int i = 0; i < Math.min(to, need.length); i++) {
            m = Math.max(m, need[i]);
        }
        return new double[]{m, 0, 0};
    }
}
