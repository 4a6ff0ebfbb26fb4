package io.capacity.planner.recommend;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.cost.Costs;
import io.capacity.planner.json.Json;
import io.capacity.planner.schedule.Transition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns one cluster's schedule and bands into actions, each with band, threshold, grade and cost deltas. */
public final class Recommender {
    private Recommender() {
    }

    public static List<Recommendation> recommend(Situation s) {
        List<Recommendation> out = new ArrayList<>();
        if (s.grade() == Grade.BAD) {
            out.add(new Recommendation(Kind.NO_BUY_BAD_FORECAST, "no purchase and no power-down: the forecast is"
                    + " graded BAD", -1, null, List.of(), rationale(s, s.binding(), 0, "A BAD forecast is not a"
                    + " basis for action: " + s.gradeReason() + ". The current power state is held."), List.of()));
            return out;
        }
        powerDown(s, out);
        powerOn(s, out);
        Buy.advise(s, out);
        Limits.uplink(s, out);
        Limits.budget(s, out);
        if (out.isEmpty()) {
            out.add(new Recommendation(Kind.HOLD, "hold: no power-down, power-on or purchase pays", -1, null,
                    List.of(), rationale(s, s.binding(), 0, "The " + s.band() + " band needs every powered host"
                    + " and stays within usable capacity over the horizon."), List.of()));
        }
        return out;
    }

    /**
     * The one action for a cluster whose evidence is too thin to act on: hold the current state (no power-down,
     * power-on or purchase), with the reason.
     */
    public static Recommendation holdOnThinEvidence(Situation s, String why) {
        return new Recommendation(Kind.HOLD, "nothing powered down or bought, too little evidence: " + why, -1,
                null, List.of(), rationale(s, s.binding(), 0, "Thin evidence is no basis for a power-down or a"
                + " purchase: " + s.gradeReason() + ". The current power state is held."), List.of());
    }

    private static void powerDown(Situation s, List<Recommendation> out) {
        Set<String> hosts = new LinkedHashSet<>();
        int first = -1;
        for (Transition t : s.transitions()) {
            if (!t.on()) {
                hosts.add(t.hostId());
                first = first < 0 ? t.step() : first;
            }
        }
        double delta = s.planEnergy().amount() - s.noPowerDown().amount();
        if (hosts.isEmpty() || delta >= 0) {
            return;
        }
        String text = "Powers the fewest hosts whose N+" + s.rules().redundancy() + " capacity keeps the "
                + s.band() + " demand under " + pct(s.rules().targetUtilisation()) + " utilisation; the least"
                + " efficient (watts per core at the expected load) go first; minimum off time "
                + s.rules().minOffSteps() + " step(s), at most " + s.rules().maxTransitionsPerDay()
                + " transitions per host per day.";
        out.add(new Recommendation(Kind.POWER_DOWN, "power down " + hosts.size() + " host(s) on the schedule ("
                + s.transitions().size() + " transitions)", first, s.timeAt(first), List.copyOf(hosts),
                rationale(s, s.binding(), delta, text), List.of(s.noPowerDown(), s.planEnergy())));
    }

    private static void powerOn(Situation s, List<Recommendation> out) {
        Map<Integer, List<String>> byStep = new TreeMap<>();
        for (Transition t : s.transitions()) {
            if (t.on()) {
                byStep.computeIfAbsent(t.step(), k -> new ArrayList<>()).add(t.hostId());
            }
        }
        int lead = s.rules().leadSteps();
        double tariff = s.options().costs().tariff().perKwh();
        byStep.forEach((step, hosts) -> {
            double idleW = hosts.stream().mapToDouble(id -> s.fleet().hosts().stream()
                    .filter(h -> h.id().equals(id)).findFirst().orElseThrow().power().idleWatts()).sum();
            double hours = lead * Costs.hours(s.step());
            CostLine c = new CostLine("boot-ahead energy", idleW * hours / 1000 * s.options().costs().pue()
                    * tariff, s.currency(), "idle_watts * lead_h / 1000 * pue * tariff", Json.obj("idle_watts",
                    idleW, "lead_h", hours, "pue", s.options().costs().pue(), "tariff", tariff));
            String text = "The " + s.band() + " demand at step " + (step + lead) + " needs these hosts; they"
                    + " boot in " + lead + " step(s), so they are powered on that much ahead.";
            out.add(new Recommendation(Kind.POWER_ON, "power on " + hosts.size() + " host(s) at step " + step
                    + " ahead of the forecast rise", step, s.timeAt(step), hosts,
                    rationale(s, Dimension.CPU, c.amount(), text), List.of(c)));
        });
    }

    static Rationale rationale(Situation s, Dimension binding, double deltaOverHorizon, String text) {
        double days = Math.max(s.days(), 1e-9);
        return new Rationale(s.band(), s.rules().targetUtilisation(), s.grade(), s.gradeReason(), binding,
                deltaOverHorizon * 7 / days, deltaOverHorizon * Costs.DAYS_PER_MONTH / days, text);
    }

    static String pct(double f) {
        return String.format("%.0f %%", f * 100);
    }
}
