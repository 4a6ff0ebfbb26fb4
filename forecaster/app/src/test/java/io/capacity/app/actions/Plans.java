package io.capacity.app.actions;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Planner plans for the lifecycle tests: real records, as the planner hands them over. */
public final class Plans {
    public static final Instant GENERATED = Instant.parse("2026-01-05T00:00:00Z");

    private Plans() {
    }

    /** One cluster's plan: power down h2 and h3 (saving 12.5 / 53.6 a week / month each), then hold. */
    public static ClusterPlan cluster(String id, int powerDowns) {
        List<Recommendation> recs = new ArrayList<>();
        for (int i = 0; i < powerDowns; i++) {
            recs.add(new Recommendation(Kind.POWER_DOWN, "power down h" + (i + 2) + " at 22:00", 22,
                    GENERATED.plus(Duration.ofHours(22)), List.of("h" + (i + 2)),
                    new Rationale("upper 95 % + 0 % margin", 0.8, Grade.GOOD, "backtest MASE 0.7", Dimension.CPU,
                            -12.5, -53.6, "night demand fits on fewer hosts"), List.of()));
        }
        recs.add(new Recommendation(Kind.HOLD, "hold the rest", -1, null, List.of(),
                new Rationale("upper 95 % + 0 % margin", 0.8, Grade.UNCERTAIN, "short history", Dimension.MEMORY,
                        0, 0, "nothing else pays"), List.of()));
        return new ClusterPlan(id, 168, Duration.ofHours(1), Grade.GOOD, "backtest MASE 0.7",
                "upper 95 % + 0 % margin", Dimension.CPU, 1000, 880.5, 0, 0, List.of(), List.of(), recs, List.of());
    }

    public static Plan of(ClusterPlan... clusters) {
        return new Plan(GENERATED, "EUR", List.of(clusters));
    }
}
