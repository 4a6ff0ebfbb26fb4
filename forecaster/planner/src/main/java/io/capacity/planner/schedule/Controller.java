package io.capacity.planner.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The power state machine behind the plan, the replay and the oracle: at each decision it powers on the most
 * efficient eligible hosts until the powered set holds the {@link Requirement} of the boot lead (breaking hysteresis
 * only as far as the safety need requires), else powers off the least efficient hosts while the rest still hold the
 * requirement over the boot lead plus the minimum off time, so a host turned off is not needed again before that
 * time is up. With a {@link BreakEven} rule that time is, per host and decision, at least the break-even off time:
 * the cost of the power cycle (boot energy and wear) over what the host's absence saves at the expected demand, and
 * a host goes dark only when the expected demand leaves it unneeded that long, so it is expected to stay dark long
 * enough to pay for coming back. Mutable, confined to one run.
 */
public final class Controller {
    private final Fleet fleet;
    private final Rules rules;
    private final boolean[] on;
    private final int[] readyAt;
    private final int[] offUntil;
    private final History history;
    private final TopK top;
    private final Draw draw;
    private final double[] sum = new double[Fleet.DIMS.length];
    private double drawAtTarget;
    private int transitions;
    private int overrides;
    private boolean lastUnmet;
    private boolean lastBudgetBlocked;

    public Controller(Fleet fleet, Rules rules) {
        this.fleet = fleet;
        this.rules = rules;
        int n = fleet.size();
        on = new boolean[n];
        readyAt = new int[n];
        offUntil = new int[n];
        history = new History(n, rules.maxTransitionsPerDay(), rules.stepsPerDay());
        draw = new Draw(fleet);
        for (int i = 0; i < n; i++) {
            on[i] = fleet.initiallyOn(i);
            readyAt[i] = Integer.MIN_VALUE / 2;
            offUntil[i] = Integer.MIN_VALUE / 2;
            if (on[i]) {
                add(i, +1);
            }
        }
        top = new TopK(fleet, rules.redundancy());
        top.recompute(on);
    }

    private void add(int i, int sign) {
        for (int d = 0; d < sum.length; d++) {
            sum[d] += sign * fleet.cap(i, d);
        }
        drawAtTarget += sign * fleet.host(i).power().watts(rules.targetUtilisation());
        draw.add(i, sign);
    }

    /** N+k capacity of the powered set (booting hosts included) covers {@code need} in every dimension. */
    public boolean covers(double[] need) {
        for (int d = 0; d < sum.length; d++) {
            if (sum[d] - top.sum(d) < need[d] - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decide at step {@code t}: {@code cover} is what must be powered by the end of the boot lead, {@code keep}
     * what a power-off must leave in place over the boot lead plus the minimum off time. Only the safety need may
     * break the minimum off time or the daily limit, or count as unmet; a preference waits for eligible hosts.
     */
    public List<Transition> decide(int t, Requirement cover, Requirement keep) {
        return decide(t, cover, keep, n -> keep, rules.minOffSteps());
    }

    /**
     * Decide at step {@code t} weighing each power-off against its cycle: {@code stay.apply(n)} is the expected need
     * (expected demand over the target, as a safety need, and the expected CPU demand) over the boot lead plus
     * {@code n} steps off, asked for a host's break-even off time {@code n}, up to {@code longestOff}; the host goes
     * dark only if the others carry it. A host whose break-even off time is longer stays on.
     */
    public List<Transition> decide(int t, Requirement cover, Requirement keep, IntFunction<Requirement> stay,
                                   int longestOff) {
        List<Transition> out = new ArrayList<>();
        lastBudgetBlocked = false;
        double[] safety = cover.safety();
        if (!covers(safety)) {
            powerOn(t, safety, out);
        }
        powerOnWhileCheaper(t, cover.expectedCpu(), out);
        if (out.isEmpty()) {
            powerOff(t, keep, stay, longestOff, out);
        }
        lastUnmet = !covers(safety);
        lastBudgetBlocked &= lastUnmet;
        transitions += out.size();
        return out;
    }

    /**
     * Hosts in efficiency order until {@code need} is covered: eligible ones first, then, for safety, hosts inside
     * their minimum off time or daily limit (counted as overrides).
     */
    private void powerOn(int t, double[] need, List<Transition> out) {
        for (int pass = 0; pass < 2 && !covers(need); pass++) {
            boolean breaking = pass == 1;
            for (int i = 0; i < fleet.size() && !covers(need); i++) {
                if (!on[i] && eligible(i, t) != breaking) {
                    switchOn(i, t, breaking, out);
                }
            }
        }
    }

    /** The energy preference: the next eligible host, while powering it lowers the draw at the expected demand. */
    private void powerOnWhileCheaper(int t, double expected, List<Transition> out) {
        for (int i = 0; i < fleet.size() && expected > 0; i++) {
            if (!on[i] && eligible(i, t)) {
                if (draw.change(i, +1, expected) >= -1e-9) {
                    return;
                }
                switchOn(i, t, false, out);
            }
        }
    }

    private boolean eligible(int i, int t) {
        return t >= offUntil[i] && history.room(i, t, 1);
    }

    private void switchOn(int i, int t, boolean override, List<Transition> out) {
        double w = fleet.host(i).power().watts(rules.targetUtilisation());
        if (drawAtTarget + w > rules.powerBudgetWatts()) {
            lastBudgetBlocked = true;
            return;
        }
        on[i] = true;
        readyAt[i] = t + rules.leadSteps();
        add(i, +1);
        top.recompute(on);
        history.record(i, t);
        overrides += override ? 1 : 0;
        out.add(new Transition(t, fleet.host(i).id(), true, override));
    }

    /**
     * Least efficient first, while the rest hold the safety need over the minimum off time, the draw at the expected
     * demand does not rise, and, where the host's break-even off time is longer, the rest carry the expected need
     * over that time too.
     */
    private void powerOff(int t, Requirement keep, IntFunction<Requirement> stay, int longestOff,
                          List<Transition> out) {
        int minOff = rules.minOffSteps();
        for (int i = fleet.size() - 1; i >= 0; i--) {
            if (!on[i] || readyAt[i] > t || !history.room(i, t, 2)) {
                continue;
            }
            int off = offSteps(i, keep);
            if (off > Math.max(minOff, longestOff)) {
                continue;
            }
            boolean ok = carried(i, keep.safety()) && (off == minOff || carried(i, stay.apply(off).safety()));
            // The draw last: it is the dearest check, and without an expected demand a host less always draws less.
            ok = ok && (keep.expectedCpu() == 0 || draw.change(i, -1, keep.expectedCpu()) < 1e-9);
            if (ok) {
                on[i] = false;
                offUntil[i] = t + off;
                add(i, -1);
                top.recompute(on);
                history.record(i, t);
                out.add(new Transition(t, fleet.host(i).id(), false, false));
            }
        }
    }

    /** Whether the powered hosts but {@code i} hold {@code need} in every dimension with N+k. */
    private boolean carried(int i, double[] need) {
        for (int d = 0; d < sum.length; d++) {
            if (sum[d] - fleet.cap(i, d) - top.sumWithout(d, i) < need[d] - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /**
     * Steps host {@code i} must stay off: the minimum off time, or the break-even off time where that is longer (the
     * cycle's cost over the watts its absence saves at the near window's expected demand, or over its idle draw less
     * standby where no demand is expected: what a host saves at least on a linear or concave curve).
     */
    private int offSteps(int i, Requirement near) {
        if (!rules.breakEven().enabled()) {
            return rules.minOffSteps();
        }
        var p = fleet.host(i).power();
        double saving = near.expectedCpu() > 0 ? -draw.change(i, -1, near.expectedCpu())
                : p.idleWatts() - p.standbyWatts();
        double hours = rules.breakEven().hours(fleet.host(i), rules.leadSteps() * rules.stepHours(), saving);
        if (!Double.isFinite(hours)) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(rules.minOffSteps(), Math.ceil(hours / rules.stepHours() - 1e-9));
    }

    /** Capacity in host dimension {@code d} of hosts powered and booted by step {@code s}. */
    public double readyCapacity(int s, int d) {
        double c = 0;
        for (int i = 0; i < on.length; i++) {
            if (on[i] && readyAt[i] <= s) {
                c += fleet.cap(i, d);
            }
        }
        return c;
    }

    /** Draw at step {@code s}: ready hosts share {@code cpuDemand} by capacity, booting at idle, off at standby. */
    public double watts(int s, double cpuDemand) {
        double ready = readyCapacity(s, 0);
        double u = ready > 0 ? Math.min(1, cpuDemand / ready) : 0;
        double w = 0;
        for (int i = 0; i < on.length; i++) {
            var p = fleet.host(i).power();
            w += !on[i] ? p.standbyWatts() : readyAt[i] <= s ? p.watts(u) : p.idleWatts();
        }
        return w;
    }

    public int poweredCount() {
        int c = 0;
        for (boolean b : on) {
            c += b ? 1 : 0;
        }
        return c;
    }

    public boolean isOn(int i) {
        return on[i];
    }

    public int transitions() {
        return transitions;
    }

    public int overrides() {
        return overrides;
    }

    /** The last decision could not reach its safety need. */
    public boolean lastUnmet() {
        return lastUnmet;
    }

    /** The last decision fell short of its safety need and left a host off for want of power budget. */
    public boolean lastBudgetBlocked() {
        return lastBudgetBlocked;
    }

    public Rules rules() {
        return rules;
    }

    public Fleet fleet() {
        return fleet;
    }
}
