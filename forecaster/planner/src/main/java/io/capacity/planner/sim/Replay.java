package io.capacity.planner.sim;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.hint.Hints;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.power.PowerCurve;
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
    private final PeakCalibration coverCal;
    private final PeakCalibration keepCal;
    final List<Lane> lanes = new ArrayList<>();
    int fits;
    int failures;
    double maxFactor;
    String method = "";
    int calibratedDecisions;
    /** Sum and count of the plan's power-off bound over the true peak of its window, over calibrated decisions. */
    double boundOverPeak;
    int boundsMeasured;
    /** When not NaN, the plan expects each window's true peak and bounds it this much above (a ceiling). */
    private final double hindsight;

    Replay(Trace trace, int hosts, ReplayRules r, List<String> models, double hindsight) {
        this.trace = trace;
        this.hindsight = hindsight;
        this.r = r;
        this.hosts = hosts;
        this.d = steps(r.decisionEvery());
        this.lead = (int) Math.ceil(r.bootTime().toMillis() / (double) trace.step().toMillis());
        this.minOff = (int) Math.ceil(r.minOffTime().toMillis() / (double) trace.step().toMillis());
        this.w0 = steps(r.warmup());
        this.cover = d + lead;
        this.span = d + lead + minOff;
        int remembered = Math.max(1, steps(r.calibration().window()) / d);
        this.coverCal = new PeakCalibration(remembered, r.upperLevel() / 100, r.calibration().worstTier());
        this.keepCal = new PeakCalibration(remembered, r.upperLevel() / 100, r.calibration().worstTier());
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
        ModelSpec model = factory.at(Math.max(1, trace.stepsPerDay() / d), ahead);
        method = Double.isNaN(hindsight) ? model.name() : "hindsight x " + hindsight;
        if (r.calibration().enabled() && Double.isNaN(hindsight)) {
            LOG.info("replay {}: the plan bounds each window's peak by the {} forecast times the {} % conformal"
                            + " ratio of realised to forecast peaks over the last {}, and expects it at the median"
                            + " ratio (the model's own mean and interval until {} are realised). Override with"
                            + " " + Hints.option("calibration", "off|DURATION"),
                    trace.name(), method, r.upperLevel(), r.calibration().window(), needed(r.upperLevel()));
        }
        FittedModel fitted = null;
        int fitEnd = 0;
        for (int t = firstDecision(), k = 0; t < trace.size(); t += d, k++) {
            boolean acting = t >= w0;
            if (Double.isNaN(hindsight) && (k % r.refitEvery() == 0 || fitted == null)) {
                fitted = fit(model, t, window, acting);
                fitEnd = t;
            }
            int offset = (t - fitEnd) / d;
            Forecast f = fitted == null ? null : fitted.forecast(offset + ahead + 1, r.upperLevel());
            coverCal.realise(t, this::peak);
            keepCal.realise(t, this::peak);
            double cHat = f == null ? Double.NaN : blockMax(f.mean(), offset, cover);
            double kHat = f == null ? Double.NaN : blockMax(f.mean(), offset, span);
            if (f != null) {
                coverCal.forecast(t, t + cover, cHat);
                keepCal.forecast(t, t + span, kHat);
            }
            if (acting) {
                Peak[] w = Double.isNaN(hindsight) ? estimate(t, f, offset, cHat, kHat)
                        : new Peak[] {Peak.widened(peak(t, t + cover), hindsight),
                                Peak.widened(peak(t, t + span), hindsight)};
                for (Lane lane : lanes) {
                    decide(lane, t, w[0], w[1]);
                }
                meter(t);
            }
        }
    }

    /** The expected peak and the promised bound of the cover and keep windows, from history only. */
    private Peak[] estimate(int t, Forecast f, int offset, double cHat, double kHat) {
        if (f == null) {
            Peak all = Peak.known(hosts * r.targetUtilisation());
            return new Peak[] {all, all};
        }
        boolean calibrated = r.calibration().enabled() && coverCal.size() >= needed(r.upperLevel())
                && keepCal.size() >= needed(r.upperLevel());
        if (!calibrated) {
            double[] up = f.interval(r.upperLevel()).orElseThrow().upper();
            return new Peak[] {new Peak(cHat, blockMax(up, offset, cover)),
                    new Peak(kHat, blockMax(up, offset, span))};
        }
        calibratedDecisions++;
        double fc = coverCal.factor(r.targetUtilisation());
        double fk = keepCal.factor(r.targetUtilisation());
        maxFactor = Math.max(maxFactor, Math.max(fc, fk));
        double truth = peak(t, t + span);
        if (truth > 0) {
            boundOverPeak += kHat * fk / truth;
            boundsMeasured++;
        }
        return new Peak[] {new Peak(cHat * coverCal.median(), cHat * fc),
                new Peak(kHat * keepCal.median(), kHat * fk)};
    }

    /** A window's expected peak demand and the bound the plan promises to keep under the target. */
    private record Peak(double expected, double bound) {
        static Peak known(double peak) {
            return new Peak(peak, peak);
        }

        /** The true peak expected, bounded {@code factor} above it: a forecast as wide as that, but unbiased. */
        static Peak widened(double peak, double factor) {
            return new Peak(peak, peak * factor);
        }
    }

    private void meter(int t) {
        for (int s = t; s < Math.min(t + d, trace.size()); s++) {
            double x = hostUnits(s);
            for (Lane lane : lanes) {
                lane.planMeter.record(s - w0, x, (int) Math.round(lane.plan.readyCapacity(s, 0)),
                        lane.plan.poweredCount());
                lane.oracleMeter.record(s - w0, x, (int) Math.round(lane.oracle.readyCapacity(s, 0)),
                        lane.oracle.poweredCount());
                lane.alwaysMeter.record(s - w0, x, hosts, hosts);
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

    double peak(int from, int to) {
        double m = 0;
        for (int s = from; s < Math.min(to, trace.size()); s++) {
            m = Math.max(m, hostUnits(s));
        }
        return m;
    }

    /**
     * The plan sizes to its estimates, the oracle to the true peaks of the same windows: the bound under the target
     * is the safety need; where the lane prefers (efficient packing), a host more is powered while that lowers the
     * draw at the expected peak.
     */
    private void decide(Lane lane, int t, Peak coverPeak, Peak keepPeak) {
        double target = r.targetUtilisation();
        // The keep window holds the cover window, so its estimates bound the cover peak as well.
        Requirement coverNeed = Requirement.cpu(Math.min(coverPeak.bound(), keepPeak.bound()) / target,
                lane.expected(Math.min(coverPeak.expected(), keepPeak.expected())));
        Requirement keepNeed = Requirement.cpu(keepPeak.bound() / target, lane.expected(keepPeak.expected()));
        lane.transitions += lane.plan.decide(t, coverNeed, keepNeed).size();
        double truth = peak(t, t + cover);
        double kept = peak(t, t + span);
        lane.oracleTransitions += lane.oracle.decide(t, Requirement.cpu(truth / target, lane.expected(truth)),
                Requirement.cpu(kept / target, lane.expected(kept))).size();
    }

    private FittedModel fit(ModelSpec model, int t, int window, boolean acting) {
        TimeSeries hist = blockMaxima(t, window);
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
}
