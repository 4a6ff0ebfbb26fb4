package io.capacity.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.schedule.Transition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A planner's schedule split into one action per host and power transition, in the order they are due. */
class ActionPlansTest {
    private static final Instant NOW = Instant.parse("2026-01-05T06:00:00Z");
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    private static ActionPlan record(ClusterPlan c) {
        return ActionPlans.of(1, c, "EUR", Plans.GENERATED, NOW, Duration.ofHours(24));
    }

    @Test
    void hostsDownAt22And23AndBackAt06AreFourOrderedActionsEachPowerOnAfterThePowerDownItUndoes() {
        ActionPlan p = record(Plans.night("c1"));
        assertEquals(List.of("1 power_down h2 2026-01-05T22:00:00Z null", "2 power_down h3 2026-01-05T23:00:00Z null",
                "3 power_on h2 2026-01-06T06:00:00Z 1", "4 power_on h3 2026-01-06T06:00:00Z 2"),
                p.actions().stream().map(a -> a.id() + " " + a.kind() + " " + String.join(",", a.hosts()) + " "
                        + a.at() + " " + a.undoes()).toList());
        assertEquals("power down h2 at 2026-01-05T22:00:00Z until action 3 powers it on at 2026-01-06T06:00:00Z",
                p.action(1).summary());
        assertEquals("power on h3 (powered down by action 2) at 2026-01-06T06:00:00Z, ahead of the forecast rise",
                p.action(4).summary());
        // h2 is off 8 of the 15 host-hours, h3 7: their shares of the -10 a week the power-downs save.
        assertEquals(-10 * 8 / 15.0, p.action(1).rationale().costDeltaPerWeek(), 1e-12);
        assertEquals(-43.5 * 7 / 15.0, p.action(2).rationale().costDeltaPerMonth(), 1e-12);
        assertEquals(0.2, p.action(3).rationale().costDeltaPerWeek(), 1e-12);
        assertTrue(p.action(1).rationale().explanation().endsWith("Its cost delta: this host's 8 of the schedule's"
                + " 15 host-steps off."), p.action(1).rationale().explanation());
        for (PlanAction a : p.actions()) {
            assertEquals(Plans.BAND, a.rationale().band());
            assertEquals(0.8, a.rationale().threshold());
            assertEquals(ActionState.PENDING, a.state());
        }
        assertEquals(new Efficacy(Duration.ofHours(48), 20, 10 - 0.4, 43.5 - 1.74, 2), p.efficacy());
    }

    @Test
    void aPowerOnOfAHostThatWasOffWhenPlannedUndoesNothingAndComesFirstAtItsStep() {
        ClusterPlan night = Plans.night("c1");
        List<Transition> schedule = new java.util.ArrayList<>(night.transitions());
        schedule.add(0, new Transition(22, "h4", true, false));
        List<Recommendation> recs = new java.util.ArrayList<>(night.recommendations());
        Recommendation down = recs.get(0);
        recs.add(new Recommendation(Kind.POWER_ON, "power on 1 host(s) at step 22", 22, down.at(), List.of("h4"),
                down.rationale(), List.of()));
        ActionPlan p = record(new ClusterPlan("c1", 48, Duration.ofHours(1), night.grade(), night.gradeReason(),
                night.band(), night.binding(), 400, 380, 0, 0, List.of(), schedule, recs, List.of()));
        assertEquals(List.of("power_on h4 null", "power_down h2 null", "power_down h3 null", "power_on h2 2",
                "power_on h3 3"), p.actions().stream().map(a -> a.kind() + " " + a.hosts().get(0) + " "
                + a.undoes()).toList());
        assertEquals("power on h4 (off when the plan was made) at 2026-01-05T22:00:00Z, ahead of the forecast rise",
                p.action(1).summary());
    }

    @Test
    void aPowerDownOfAHostTheScheduleNeverPowersDownIsRefused() {
        ClusterPlan night = Plans.night("c1");
        ClusterPlan broken = new ClusterPlan("c1", 48, Duration.ofHours(1), night.grade(), night.gradeReason(),
                night.band(), night.binding(), 400, 380, 0, 0, List.of(), night.transitions().subList(0, 1),
                night.recommendations(), List.of());
        assertEquals("cluster c1: the power-down names host h3, which its schedule never powers down",
                assertThrows(IllegalArgumentException.class, () -> record(broken)).getMessage());
    }

    /** The planner's own plan of the README's cluster: every transition of its schedule is one action. */
    @Test
    void theRealPlannersScheduleBecomesOneActionPerTransitionInOrderWithItsCostsKept() {
        Plan plan = new MakePlan(null, Clock.systemUTC()).run(PlanRequest.DEFAULTS.withInputs(
                ROOT.resolve("docs/examples/inventory.yaml"), new DemandSource.File(ROOT.resolve(
                        "docs/examples/demand-c1.csv"))).withModel("snaive")).plan();
        ClusterPlan c = plan.cluster("c1");
        ActionPlan p = record(c);
        List<PlanAction> power = p.actions().stream().filter(a -> a.kind().startsWith("power_")).toList();
        assertTrue(power.size() > 2, "the example's schedule powers hosts down and up: " + power.size());
        assertEquals(c.transitions().stream().filter(t -> !t.on()).count(), power.stream()
                .filter(a -> a.kind().equals("power_down")).count());
        Map<String, Boolean> off = new HashMap<>();
        Instant last = Instant.MIN;
        double week = 0;
        for (PlanAction a : power) {
            assertEquals(1, a.hosts().size(), a.toString());
            assertNotNull(a.at());
            assertTrue(!a.at().isBefore(last), "in the order they are due: " + a);
            last = a.at();
            String h = a.hosts().get(0);
            if (a.kind().equals("power_down")) {
                assertNull(off.put(h, true), "powered down twice without a power-on between: " + a);
            } else if (a.undoes() != null) {
                PlanAction down = p.action(a.undoes());
                assertEquals(List.of(h), down.hosts());
                assertEquals("power_down", down.kind());
                assertTrue(down.at().isBefore(a.at()));
                assertEquals(Boolean.TRUE, off.remove(h), a.toString());
            }
            week += a.rationale().costDeltaPerWeek();
        }
        double planned = c.recommendations().stream().filter(r -> r.kind() == Kind.POWER_DOWN
                || r.kind() == Kind.POWER_ON).mapToDouble(r -> r.rationale().costDeltaPerWeek()).sum();
        assertEquals(planned, week, 1e-9, "the actions' cost deltas add up to the planner's");
        assertEquals(c.transitions().size(), power.size(), "one action per transition");
    }
}
