package io.capacity.planner.sim;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.hint.Hints;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.power.PowerCurve;
import io.capacity.planner.schedule.BreakEven;
import io.capacity.planner.schedule.Needs;
import io.capacity.planner.schedule.Requirement;
import io.capacity.planner.schedule.Rules;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay loop: at each decision point fit the model on the trailing window only, bound the peak demand of the two
 * windows the controller needs (until the next decision plus the boot lead, for powering on; plus the minimum off time,
 * for powering off) by the point forecast times its conformal {@link PeakCalibration}, hold that bound under the
 * target, power a host more where that lowers the draw at the calibrated expected peak, and let an oracle with the true
 * peaks (bound and expectation at once) decide under the same rules; both are metered step by step, once per power
 * model. Decisions during the warm-up only forecast, so the calibration has realised peaks when the plan starts acting.
 *
 * <p>Each demand column (CPU, and memory or bandwidth when the trace has them) is forecast and calibrated on its own;
 * a host is needed while any of them needs it, so at each decision the binding one sizes the fleet. With the
 * break-even rule ({@link BreakEven}) the others must also carry the expected demand over the host's break-even off
 * time, up to a day ahead: the same forecast path further on times the median ratio of a window that long (an
 * {@link OffLadder} of them, doubling from the minimum off time), for the plan; the truth for the oracle.
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
    /** Steps of the two windows the controller needs: until the next decision plus the boot lead; plus minimum off. */
    final int cover;
    final int span;
    /**
     * The longest off time a power-off may be judged over: a day, the forecaster's season (beyond it a daily shape
     * only repeats itself), or the minimum off time without the break-even rule.
     */
    final int longestOff;
    final int dims;
    /** Off times the power-off window is calibrated at. */
    final OffLadder ladder;
    private final Calibrations cal;
    /** The power-off bounds of the recent decisions, with the break-even rule; null without it. */
    private final Agreement agreement;
    final List<Lane> lanes = new ArrayList<>();
    int fits;
    int failures;
    double maxFactor;
    String method = "";
    int calibratedDecisions;
    /** Sum and count of the plan's power-off bound over the true peak of its window, over calibrated decisions. */
    double boundOverPeak;
    int boundsMeasured;
    /** Acting decisions at which each dimension had the largest power-off bound (bound the plan). */
    final int[] binding;
    /** When not NaN, the plan expects each window's true peak and bounds it this much above (a ceiling). */
    private final double hindsight;

    Replay(Trace trace, int hosts, ReplayRules r, List<String> models, double hindsight, CostSettings costs,
           double pricePerHost) {
        this.trace = trace;
        this.hindsight = hindsight;
        this.r = r;
        this.hosts = hosts;
        this.d = steps(r.decisionEvery());
        this.lead = (int) Math.ceil(r.bootTime().toMillis() / (double) trace.step().toMillis());
        this.minOff = (int) Math.ceil(r.minOffTime().toMillis() / (double) trace.step().toMillis());
        this.w0 = steps(r.warmup());
        this.agreement = r.breakEven() && r.agreement() ? new Agreement(Math.max(1, minOff / d), d) : null;
        this.cover = d + lead;
        this.span = d + lead + minOff;
        this.longestOff = r.breakEven() ? Math.max(minOff, trace.stepsPerDay()) : minOff;
        this.dims = trace.dimensions();
        this.binding = new int[dims];
        int remembered = Math.max(1, steps(r.calibration().window()) / d);
        this.ladder = new OffLadder(minOff, longestOff);
        this.cal = new Calibrations(dims, ladder, cover, remembered, r.upperLevel() / 100,
                r.calibration().worstTier(), needed(r.upperLevel()));
        if (w0 >= trace.size()) {
            throw new IllegalArgumentException("warmup " + r.warmup() + " is " + w0 + " steps but trace "
                    + trace.name() + " has only " + trace.size());
        }
        Rules rules = new Rules(r.redundancy(), r.targetUtilisation(), lead, minOff, r.maxTransitionsPerDay(),
                trace.stepsPerDay(), Double.POSITIVE_INFINITY, r.breakEven() ? BreakEven.of(costs) : BreakEven.OFF);
        for (String m : models) {
            PowerCurve c = PowerCatalogue.builtIn().resolve(m);
            Lane lane = new Lane(m, c, packing(m, c), hosts, rules, r.bootTime(), trace.size() - w0, pricePerHost);
            lanes.add(lane);
            if (r.breakEven()) {
                logBreakEven(lane, rules, costs);
            }
        }
        if (agreement != null) {
            LOG.info("replay {}: the plan powers a host down only on a dip every forecast of the last {} decisions"
                            + " (the minimum off time, {}) bounds under the target, so a refit that moves the forecast"
                            + " for one run does not power hosts down that the next run powers on again; the oracle"
                            + " knows the truth and needs no agreement. Override with " + Hints.option("break_even",
                            "off") + " (with the break-even off time); it is off by default", trace.name(),
                    agreement.runs(), r.minOffTime());
        }
    }

    /** The break-even off time of an idle host of the lane's model, logged once with its override. */
    private void logBreakEven(Lane lane, Rules rules, CostSettings costs) {
        var host = lane.plan.fleet().host(0);
        double boot = lead * rules.stepHours();
        double wh = rules.breakEven().cycleWattHours(host, boot);
        double hours = rules.breakEven().hours(host, boot, host.power().idleWatts() - host.power().standbyWatts());
        LOG.info("replay {}: a power cycle of a {} costs {} Wh ({} Wh booting at idle, and {} wear from {}, as the"
                        + " facility energy it buys); plan and oracle power a host down only when it is expected"
                        + " to stay off long enough to pay that back: {} h for an idle host, longer where its absence"
                        + " saves less (up to a day). Override with " + Hints.option("power_cycle_cost", "X")
                        + " or " + Hints.option("break_even", "off"),
                trace.name(), lane.model, String.format("%.0f", wh), String.format("%.1f",
                        host.power().idleWatts() * boot), String.format("%.3f", costs.cycleCost(host.price())),
                costs.cycleCostSource(), String.format("%.1f", hours));
    }

    /**
     * The curve's most efficient load when that is below the target and the rules allow the energy preference
     * (logged), else the target: the lane then powers another host while that lowers the draw at the expected peak.
     */
    private double packing(String model, PowerCurve c) {
        double best = c.mostEfficientLoad();
        if (!r.efficientPacking() || best >= r.targetUtilisation()) {
            return r.targetUtilisation();
        }
        LOG.info("replay {}: {} does the most work per watt at {} % load, below the target {} %: plan and oracle"
                        + " power another host while that lowers the draw at the expected peak, since busier hosts"
                        + " can draw more than the idle hosts saved; the plan's {} % bound stays under the target."
                        + " Override with " + Hints.option("packing", "target"),
                trace.name(), model, Math.round(100 * best), Math.round(100 * r.targetUtilisation()),
                r.upperLevel());
        return best;
    }

    private int steps(Duration x) {
        return (int) Math.max(1, Math.ceil(x.toMillis() / (double) trace.step().toMillis()));
    }

    void run(ReplayModel factory) {
        int window = steps(r.window());
        int ahead = (int) Math.ceil(span / (double) d);
        int reach = (int) Math.ceil((cover + longestOff) / (double) d);
        ModelSpec model = factory.at(Math.max(1, trace.stepsPerDay() / d), ahead);
        method = Double.isNaN(hindsight) ? model.name() : "hindsight x " + hindsight;
        if (r.calibration().enabled() && Double.isNaN(hindsight)) {
            LOG.info("replay {}: the plan bounds each window's peak by the {} forecast times the {} % conformal"
                            + " ratio of realised to forecast peaks over the last {}, and expects it at the median"
                            + " ratio (the model's own mean and interval until {} are realised). Override with"
                            + " " + Hints.option("calibration", "off|DURATION"),
                    trace.name(), method, r.upperLevel(), r.calibration().window(), needed(r.upperLevel()));
        }
        FittedModel[] fitted = new FittedModel[dims];
        int fitEnd = 0;
        for (int t = firstDecision(), k = 0; t < trace.size(); t += d, k++) {
            boolean acting = t >= w0;
            if (Double.isNaN(hindsight) && (k % r.refitEvery() == 0 || anyNull(fitted))) {
                for (int x = 0; x < dims; x++) {
                    fitted[x] = fit(model, x, t, window, acting);
                }
                fitEnd = t;
            }
            int offset = (t - fitEnd) / d;
            Forecast[] f = new Forecast[dims];
            double[] cHat = new double[dims];
            double[][] kHat = new double[dims][ladder.size()];
            for (int x = 0; x < dims; x++) {
                int dim = x;
                f[x] = fitted[x] == null ? null : fitted[x].forecast(offset + reach + 1, r.upperLevel());
                cHat[x] = f[x] == null ? Double.NaN : blockMax(f[x].mean(), offset, cover);
                for (int j = 0; j < ladder.size(); j++) {
                    kHat[x][j] = f[x] == null ? Double.NaN : blockMax(f[x].mean(), offset, cover + ladder.at(j));
                }
                cal.observe(x, t, cHat[x], kHat[x], (a, b) -> peak(dim, a, b));
            }
            if (acting) {
                double[][] truth = truePeaks(t);
                Windows plan = Double.isNaN(hindsight) ? estimate(t, f, offset, kHat)
                        : Windows.truth(truth, cover, minOff, hindsight);
                Windows oracle = Windows.truth(truth, cover, minOff, 1);
                countBinding(plan.keep());
                for (Lane lane : lanes) {
                    decide(lane, t, plan, oracle);
                }
                meter(t);
            }
        }
    }

    private static boolean anyNull(Object[] a) {
        for (Object o : a) {
            if (o == null) {
                return true;
            }
        }
        return false;
    }

    private void countBinding(Windows.Peak keep) {
        int b = 0;
        for (int x = 1; x < dims; x++) {
            b = keep.bound()[x] > keep.bound()[b] ? x : b;
        }
        binding[b]++;
    }

    /** Per dimension, the running maximum of the true demand over the steps from {@code t} a decision can look at. */
    private double[][] truePeaks(int t) {
        int len = cover + longestOff;
        double[][] prefix = new double[dims][len];
        for (int x = 0; x < dims; x++) {
            double m = 0;
            for (int j = 0; j < len; j++) {
                m = t + j < trace.size() ? Math.max(m, hostUnits(x, t + j)) : m;
                prefix[x][j] = m;
            }
        }
        return prefix;
    }

    /**
     * The expected peak and the promised bound of every window, from history only; with the break-even rule the
     * power-off bound is the largest the forecasts of the recent decisions give the same window ({@link Agreement}).
     */
    private Windows estimate(int t, Forecast[] f, int offset, double[][] kHat) {
        Windows w = estimateAlone(t, f, offset, kHat);
        if (agreement == null) {
            return w;
        }
        if (anyNull(f)) {
            agreement.clear();
            return w;
        }
        agreement.remember(t, boundPath(w, f, offset));
        return Windows.agreed(w, agreement.bound(t, span, dims));
    }

    /**
     * Per dimension and decision block ahead, the bound this decision puts on that block's peak: the forecast mean
     * times the power-off factor where calibrated, else the model's upper bound.
     */
    private double[][] boundPath(Windows w, Forecast[] f, int offset) {
        int blocks = f[0].mean().length - offset;
        double[][] path = new double[dims][blocks];
        for (int x = 0; x < dims; x++) {
            double[] src = w instanceof PlanWindows p && p.calibrated() ? f[x].mean()
                    : f[x].interval(r.upperLevel()).orElseThrow().upper();
            double factor = w instanceof PlanWindows p && p.calibrated() ? p.keepFactor(x) : 1;
            for (int b = 0; b < blocks; b++) {
                path[x][b] = src[offset + b] * factor;
            }
        }
        return path;
    }

    private Windows estimateAlone(int t, Forecast[] f, int offset, double[][] kHat) {
        if (anyNull(f)) {
            double all = hosts * r.targetUtilisation();
            double[] b = new double[dims];
            java.util.Arrays.fill(b, all);
            return Windows.constant(new Windows.Peak(all, b));
        }
        int blocks = f[0].mean().length - offset;
        double[][] mean = new double[dims][];
        for (int x = 0; x < dims; x++) {
            mean[x] = prefixMax(f[x].mean(), offset, blocks);
        }
        boolean calibrated = r.calibration().enabled();
        for (int x = 0; x < dims && calibrated; x++) {
            calibrated = cal.ready(x);
        }
        if (!calibrated) {
            double[][] upper = new double[dims][];
            for (int x = 0; x < dims; x++) {
                upper[x] = prefixMax(f[x].interval(r.upperLevel()).orElseThrow().upper(), offset, blocks);
            }
            return new PlanWindows(mean, upper, null, null, 1, null, cover, d, ladder);
        }
        calibratedDecisions++;
        double[] fc = new double[dims];
        double[] fk = new double[dims];
        for (int x = 0; x < dims; x++) {
            fc[x] = cal.coverFactor(x, r.targetUtilisation());
            fk[x] = cal.keepFactor(x, r.targetUtilisation());
            maxFactor = Math.max(maxFactor, Math.max(fc[x], fk[x]));
        }
        double truth = peak(0, t, t + span);
        if (truth > 0) {
            boundOverPeak += kHat[0][0] * fk[0] / truth;
            boundsMeasured++;
        }
        double[][] medians = new double[dims][];
        for (int x = 0; x < dims; x++) {
            medians[x] = cal.keepMedians(x);
        }
        return new PlanWindows(mean, null, fc, fk, cal.coverMedian(0), medians, cover, d, ladder);
    }

    /** Running maximum of {@code path[offset ..]} over {@code blocks} blocks. */
    private static double[] prefixMax(double[] path, int offset, int blocks) {
        double[] m = new double[blocks];
        double run = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < blocks; b++) {
            run = Math.max(run, path[offset + b]);
            m[b] = run;
        }
        return m;
    }

    private void meter(int t) {
        for (int s = t; s < Math.min(t + d, trace.size()); s++) {
            double x = hostUnits(0, s);
            double need = x;
            for (int dim = 1; dim < dims; dim++) {
                need = Math.max(need, hostUnits(dim, s));
            }
            for (Lane lane : lanes) {
                lane.planMeter.record(s - w0, x, need, (int) Math.round(lane.plan.readyCapacity(s, 0)),
                        lane.plan.poweredCount());
                lane.oracleMeter.record(s - w0, x, need, (int) Math.round(lane.oracle.readyCapacity(s, 0)),
                        lane.oracle.poweredCount());
                lane.alwaysMeter.record(s - w0, x, need, hosts, hosts);
            }
        }
    }

    /** The fewest ratios whose conformal rank at this level is finite (19 at 95 %). */
    private static int needed(double level) {
        return (int) Math.ceil(1 / (1 - level / 100)) - 1;
    }

    /**
     * The first decision, on the same grid as the warm-up's end: decisions before the warm-up ends only forecast,
     * so the calibration has realised ratios when the plan starts acting; they start once a day of history exists.
     */
    private int firstDecision() {
        int earliest = Math.min(w0, trace.stepsPerDay() + 2 * d);
        return w0 - (w0 - earliest) / d * d;
    }

    /** Largest forecast block over the steps {@code [0, steps)} ahead, blocks of {@code d} from {@code offset}. */
    private double blockMax(double[] path, int offset, int steps) {
        double m = Double.NEGATIVE_INFINITY;
        for (int b = 0; b * d < steps; b++) {
            m = Math.max(m, path[offset + b]);
        }
        return m;
    }

    /** The true CPU peak over steps {@code [from, to)}. */
    double peak(int from, int to) {
        return peak(0, from, to);
    }

    double peak(int dim, int from, int to) {
        double m = 0;
        for (int s = from; s < Math.min(to, trace.size()); s++) {
            m = Math.max(m, hostUnits(dim, s));
        }
        return m;
    }

    /**
     * The plan sizes to its estimates, the oracle to the true peaks of the same windows: the bound under the target
     * is the safety need in every dimension; where the lane prefers (efficient packing), a host more is powered while
     * that lowers the draw at the expected CPU peak.
     */
    private void decide(Lane lane, int t, Windows plan, Windows oracle) {
        Windows.Peak c = plan.cover();
        Windows.Peak k = plan.keep();
        // The keep window holds the cover window, so its estimates bound the cover peak as well.
        double[] coverBound = new double[dims];
        for (int x = 0; x < dims; x++) {
            coverBound[x] = Math.min(c.bound()[x], k.bound()[x]);
        }
        Requirement coverNeed = need(lane, coverBound, Math.min(c.expected(), k.expected()));
        lane.transitions += lane.plan.decide(t, coverNeed, need(lane, k), n -> need(lane, plan.stay(n)),
                longestOff).size();
        Windows.Peak truth = oracle.cover();
        lane.oracleTransitions += lane.oracle.decide(t, need(lane, truth.bound(), truth.expected()),
                need(lane, oracle.keep()), n -> need(lane, oracle.stay(n)), longestOff).size();
    }

    private Requirement need(Lane lane, Windows.Peak p) {
        return need(lane, p.bound(), p.expected());
    }

    /** Bounds in host units over the target, as a safety need per host dimension, with the lane's expectation. */
    private Requirement need(Lane lane, double[] bound, double expected) {
        double[] safety = new double[Needs.dimensions()];
        for (int x = 0; x < dims; x++) {
            safety[x] = bound[x] / r.targetUtilisation();
        }
        return new Requirement(safety, lane.expected(Math.max(0, expected)));
    }

    private FittedModel fit(ModelSpec model, int dim, int t, int window, boolean acting) {
        TimeSeries hist = blockMaxima(dim, t, window);
        fits++;
        try {
            return model.fit(hist);
        } catch (RuntimeException e) {
            if (!acting) {
                return null;
            }
            failures++;
            LOG.warn("replay {}: fitting {} at step {} failed ({}); this decision keeps every host on",
                    trace.name(), model.name(), t, e.getMessage());
            return null;
        }
    }

    /**
     * The trailing window as the maximum of each decision interval, ending at {@code t}: the plan must hold the
     * peak inside each interval, and the interval maximum is far more predictable than 5-minute spikes.
     */
    private TimeSeries blockMaxima(int dim, int t, int window) {
        int count = Math.max(1, Math.min(window, t) / d);
        double[] v = new double[count];
        for (int b = 0; b < count; b++) {
            int from = t - (count - b) * d;
            double m = 0;
            for (int i = Math.max(0, from); i < from + d; i++) {
                m = Math.max(m, hostUnits(dim, i));
            }
            v[b] = m;
        }
        var start = trace.start() == null ? null : trace.start().plus(trace.step().multipliedBy(t - count * d));
        return new TimeSeries(trace.name(), start, trace.step().multipliedBy(d), v);
    }

    double hostUnits(int s) {
        return hostUnits(0, s);
    }

    double hostUnits(int dim, int s) {
        return trace.at(dim, s) * hosts;
    }
}
