package io.capacity.app.actions;

import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.schedule.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster plan's power recommendations as one action per host and power transition of its schedule, in the order
 * they are due: the planner's one power-down (every host its schedule ever powers down) becomes one action per
 * host per time the schedule powers it down, and each of its per-step power-ons one action per host, linked to the
 * power-down it undoes. At the same step power-ons come first, so capacity is added before it is taken away.
 *
 * <p>Cost deltas: the planner prices the power-downs as a whole (the schedule's energy against powering nothing
 * off); each power-down action gets the share of its host-steps off (from its step to the host's next power-on, or
 * the horizon's end) among all of them, so the actions add up to the planner's figure. A power-on's boot-ahead
 * energy is shared equally among the hosts of its step.
 */
final class PowerActions {
    private PowerActions() {
    }

    /** One power action before it has an id. */
    record Draft(Kind kind, int step, Instant at, String host, Rationale rationale) {
    }

    /** The drafts of {@code c}'s power-down and power-on recommendations, in the order they are due. */
    static List<Draft> of(ClusterPlan c) {
        Instant start = start(c);
        List<Draft> out = new ArrayList<>();
        for (Recommendation r : c.recommendations()) {
            if (r.kind() == Kind.POWER_DOWN) {
                downs(c, r, start, out);
            } else if (r.kind() == Kind.POWER_ON) {
                Rationale w = r.rationale();
                for (String h : r.hosts()) {
                    out.add(new Draft(Kind.POWER_ON, r.step(), r.at(), h, share(w, 1.0 / r.hosts().size(),
                            w.explanation() + " Its cost delta: 1 of the " + r.hosts().size() + " host(s) booted"
                                    + " ahead at this step.")));
                }
            }
        }
        out.sort(Comparator.comparingInt(Draft::step).thenComparing(d -> d.kind() == Kind.POWER_DOWN));
        return out;
    }

    /** Every power-off the schedule makes of {@code r}'s hosts, with its share of {@code r}'s cost delta. */
    private static void downs(ClusterPlan c, Recommendation r, Instant start, List<Draft> out) {
        List<Transition> offs = c.transitions().stream().filter(t -> !t.on() && r.hosts().contains(t.hostId()))
                .toList();
        for (String h : r.hosts()) {
            if (offs.stream().noneMatch(t -> t.hostId().equals(h))) {
                throw new IllegalArgumentException("cluster " + c.cluster() + ": the power-down names host " + h
                        + ", which its schedule never powers down");
            }
        }
        Map<Transition, Integer> stepsOff = new HashMap<>();
        long total = 0;
        for (Transition t : offs) {
            int back = c.transitions().stream().filter(x -> x.on() && x.hostId().equals(t.hostId())
                    && x.step() > t.step()).mapToInt(Transition::step).min().orElse(c.horizon());
            int n = Math.max(1, back - t.step());
            stepsOff.put(t, n);
            total += n;
        }
        for (Transition t : offs) {
            int n = stepsOff.get(t);
            Rationale w = r.rationale();
            out.add(new Draft(Kind.POWER_DOWN, t.step(), time(start, c, t.step()), t.hostId(), share(w,
                    (double) n / total, w.explanation() + " Its cost delta: this host's " + n + " of the schedule's "
                            + total + " host-steps off.")));
        }
    }

    private static Rationale share(Rationale w, double f, String text) {
        return new Rationale(w.band(), w.threshold(), w.grade(), w.gradeReason(), w.binding(),
                w.costDeltaPerWeek() * f, w.costDeltaPerMonth() * f, text);
    }

    /** The time of step 0, from any recommendation that has a step and its time; null without timestamps. */
    private static Instant start(ClusterPlan c) {
        for (Recommendation r : c.recommendations()) {
            if (r.step() >= 0 && r.at() != null) {
                return r.at().minus(c.step().multipliedBy(r.step()));
            }
        }
        return null;
    }

    private static Instant time(Instant start, ClusterPlan c, int step) {
        return start == null ? null : start.plus(c.step().multipliedBy(step));
    }
}
