package io.capacity.app.actions;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.schedule.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Planner plans for the lifecycle tests: real records, shaped as the planner hands them over (one power-down
 * recommendation naming every host its schedule powers down, one power-on per step, the schedule's transitions).
 */
public final class Plans {
    public static final Instant GENERATED = Instant.parse("2026-01-05T00:00:00Z");
    public static final String BAND = "upper 95 % + 0 % margin";

    private Plans() {
    }

    /**
     * One cluster's plan: power down h2 (and h3, ... up to {@code powerDowns} hosts) at 22:00 for the rest of the
     * week, saving 12.5 / 53.6 a week / month each, then hold.
     */
    public static ClusterPlan cluster(String id, int powerDowns) {
        List<Recommendation> recs = new ArrayList<>();
        List<Transition> schedule = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < powerDowns; i++) {
            hosts.add("h" + (i + 2));
            schedule.add(new Transition(22, "h" + (i + 2), false, false));
        }
        if (powerDowns > 0) {
            recs.add(new Recommendation(Kind.POWER_DOWN, "power down " + powerDowns + " host(s) on the schedule", 22,
                    GENERATED.plus(Duration.ofHours(22)), hosts, new Rationale(BAND, 0.8, Grade.GOOD,
                    "backtest MASE 0.7", Dimension.CPU, -12.5 * powerDowns, -53.6 * powerDowns,
                    "night demand fits on fewer hosts."), List.of()));
        }
        recs.add(new Recommendation(Kind.HOLD, "hold the rest", -1, null, List.of(),
                new Rationale(BAND, 0.8, Grade.UNCERTAIN, "short history", Dimension.MEMORY,
                        0, 0, "nothing else pays"), List.of()));
        return new ClusterPlan(id, 168, Duration.ofHours(1), Grade.GOOD, "backtest MASE 0.7", BAND, Dimension.CPU,
                1000, 880.5, 0, 0, List.of(), schedule, recs, List.of());
    }

    /**
     * A night's schedule: h2 powered down at 22:00, h3 at 23:00, both powered on again at 06:00 ahead of the
     * morning rise; the power-downs save 10 / 43.5 a week / month, the two boots cost 0.4 / 1.74.
     */
    public static ClusterPlan night(String id) {
        List<Transition> schedule = List.of(new Transition(22, "h2", false, false),
                new Transition(23, "h3", false, false), new Transition(30, "h2", true, false),
                new Transition(30, "h3", true, false));
        List<Recommendation> recs = List.of(
                new Recommendation(Kind.POWER_DOWN, "power down 2 host(s) on the schedule (4 transitions)", 22,
                        GENERATED.plus(Duration.ofHours(22)), List.of("h2", "h3"), new Rationale(BAND, 0.8,
                        Grade.GOOD, "backtest MASE 0.7", Dimension.CPU, -10, -43.5, "night demand fits on fewer"
                        + " hosts."), List.of()),
                new Recommendation(Kind.POWER_ON, "power on 2 host(s) at step 30 ahead of the forecast rise", 30,
                        GENERATED.plus(Duration.ofHours(30)), List.of("h2", "h3"), new Rationale(BAND, 0.8,
                        Grade.GOOD, "backtest MASE 0.7", Dimension.CPU, 0.4, 1.74, "the morning needs them."),
                        List.of()));
        return new ClusterPlan(id, 48, Duration.ofHours(1), Grade.GOOD, "backtest MASE 0.7", BAND, Dimension.CPU,
                400, 380, 0, 0, List.of(), schedule, recs, List.of());
    }

    public static Plan of(ClusterPlan... clusters) {
        return new Plan(GENERATED, "EUR", List.of(clusters));
    }
}
