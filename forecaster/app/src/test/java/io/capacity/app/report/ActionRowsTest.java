package io.capacity.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.Decision;
import io.capacity.app.actions.Efficacy;
import io.capacity.app.actions.PlanAction;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.recommend.Rationale;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's actions table: power changes due together are one row; everything else keeps its own. */
class ActionRowsTest {
    private static final Instant T = Instant.parse("2026-01-05T22:00:00Z");

    private static PlanAction action(int id, String kind, Instant at, String host, Integer undoes, double delta) {
        return new PlanAction(id, kind, kind + " " + host, at, host == null ? List.of() : List.of(host),
                new Rationale("upper 95 % + 0 % margin", 0.8, Grade.GOOD, "backtest MASE 0.7", Dimension.CPU, delta,
                        delta * 4.35, "night demand fits on fewer hosts."), undoes, ActionState.PENDING, null);
    }

    @Test
    void eightHostsDownAt22OneAt23AndAllBackAt06AreThreeRowsPlusTheHold() {
        List<PlanAction> a = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            a.add(action(i, "power_down", T, "h" + i, null, -1.25));
        }
        a.add(action(9, "power_down", T.plus(Duration.ofHours(1)), "h9", null, -1.0));
        for (int i = 1; i <= 9; i++) {
            a.add(action(9 + i, "power_on", T.plus(Duration.ofHours(8)), "h" + i, i, 0.05));
        }
        a.add(action(19, "hold", null, null, null, 0));
        ActionPlan p = new ActionPlan(7, "c1", T, T.plus(Duration.ofDays(1)), T, "EUR", Decision.RECOMMENDED,
                new Efficacy(Duration.ofHours(168), 10, 11, 47.85, 9), a);

        List<List<String>> rows = ActionRows.of("c1", p, ZoneOffset.UTC).stream().map(ReportTable.Row::cells)
                .toList();

        assertEquals(4, rows.size(), rows.toString());
        assertEquals(List.of("c1", "#7/1-8 (8)", "power_down", "power down 8 hosts at "
                + Figures.time(T, ZoneOffset.UTC) + ": h1, h2, h3, h4, h5, h6 and 2 more", "pending"),
                rows.get(0).subList(0, 5));
        assertEquals("10.00 EUR", rows.get(0).get(6), "eight savings of 1.25 a week added up");
        assertEquals(List.of("c1", "#7/9", "power_down", "power_down h9"), rows.get(1).subList(0, 4));
        assertEquals("#7/10-18 (9)", rows.get(2).get(1));
        assertEquals("-0.45 EUR", rows.get(2).get(6), "nine boots cost 0.05 a week each");
        assertEquals(List.of("c1", "#7/19", "hold"), rows.get(3).subList(0, 3));
    }
}
