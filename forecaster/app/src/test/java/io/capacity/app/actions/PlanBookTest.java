package io.capacity.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.recommend.Rationale;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book on a real state file: every operator transition from every plan state, supersede, expiry, skips. */
class PlanBookTest {
    static final Instant NOW = Instant.parse("2026-01-05T06:00:00Z");

    @TempDir
    Path dir;
    MutableClock clock;
    PlanBook book;

    @BeforeEach
    void open() {
        clock = new MutableClock(NOW);
        book = new PlanBook(DuckPlanStore.open(dir), clock, BookSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void aRecordedPlanIsRecommendedWithItsActionsEfficacyAndAuditRow() {
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 2)), null, "ops", "weekly").get(0);
        assertEquals(PlanState.RECOMMENDED, p.state());
        assertEquals(NOW.plus(Duration.ofHours(24)), p.expiresAt());
        assertEquals(3, p.actions().size());
        PlanAction a = p.actions().get(0);
        assertEquals("power_down", a.kind());
        assertEquals(List.of("h2"), a.hosts());
        assertEquals(new Rationale("upper 95 % + 0 % margin", 0.8, Grade.GOOD, "backtest MASE 0.7", Dimension.CPU,
                -12.5, -53.6, "night demand fits on fewer hosts. Its cost delta: this host's 146 of the schedule's 292"
                + " host-steps off."), a.rationale());
        assertEquals(new Efficacy(Duration.ofHours(168), 119.5, 25.0, 107.2, 2), p.efficacy());
        assertEquals(List.of(new AuditEntry(p.id(), null, NOW, "ops", "weekly", null, "recommended")),
                book.audit(p.id()));
    }

    /** Each state the book can reach, and which of approve, dismiss and cancel it allows. */
    @Test
    void everyOperatorTransitionIsAllowedExactlyWhereTheTableSays() {
        Map<PlanState, Function<Long, ActionPlan>> reach = Map.of(
                PlanState.RECOMMENDED, id -> book.get(id),
                PlanState.PENDING, id -> book.approve(id, "ops", null),
                PlanState.ONGOING, id -> start(book.approve(id, "ops", null), 1),
                PlanState.SUCCEEDED, id -> finishAll(book.approve(id, "ops", null), true),
                PlanState.FAILED, id -> finishAll(book.approve(id, "ops", null), false),
                PlanState.PARTIAL, id -> {
                    ActionPlan p = finish(start(book.approve(id, "ops", null), 1), 1, true);
                    return finish(start(finish(start(p, 2), 2, false), 3), 3, true);
                },
                PlanState.CANCELLED, id -> book.cancel(book.approve(id, "ops", null).id(), "ops", "change freeze"),
                PlanState.DISMISSED, id -> book.dismiss(id, "ops", "not tonight"),
                PlanState.EXPIRED, id -> {
                    clock.advance(Duration.ofHours(24));
                    book.expire();
                    return book.get(id);
                });
        for (PlanState s : PlanState.values()) {
            if (s == PlanState.SUPERSEDED) {
                continue; // theSameClustersNewerPlanSupersedesAWaitingOne
            }
            for (String op : List.of("approve", "dismiss", "cancel")) {
                long id = book.record(Plans.of(Plans.cluster("c-" + s + "-" + op, 2)), null, "planner", null)
                        .get(0).id();
                assertEquals(s, reach.get(s).apply(id).state(), op);
                PlanState target = switch (op) {
                    case "approve" -> PlanState.PENDING;
                    case "dismiss" -> PlanState.DISMISSED;
                    default -> PlanState.CANCELLED;
                };
                if (s == PlanState.ONGOING && op.equals("cancel")) {
                    // Action 1 runs on: its plan stays ONGOING, the waiting actions are cancelled, and the plan's
                    // state follows when the running one ends.
                    ActionPlan after = apply(op, id);
                    assertEquals(PlanState.ONGOING, after.state());
                    assertEquals(List.of(ActionState.ONGOING, ActionState.CANCELLED, ActionState.CANCELLED),
                            after.actions().stream().map(PlanAction::state).toList());
                    assertEquals(PlanState.PARTIAL, finish(after, 1, true).state());
                } else if (s.next().contains(target)) {
                    ActionPlan after = apply(op, id);
                    assertEquals(target, after.state(), s + " " + op);
                    List<AuditEntry> trail = book.audit(id);
                    AuditEntry last = trail.get(trail.size() - 1);
                    assertEquals(List.of(s.text(), target.text(), "op"), List.of(last.from(), last.to(), last.who()));
                } else {
                    RefusedTransition e = assertThrows(RefusedTransition.class, () -> apply(op, id), s + " " + op);
                    assertEquals(s.next().stream().map(PlanState::text).toList(), e.allowed(), e.getMessage());
                    assertTrue(e.getMessage().contains("refused from state " + s.text()), e.getMessage());
                    assertEquals(s, book.get(id).state(), "a refused transition changes nothing");
                }
            }
        }
    }

    private ActionPlan apply(String op, long id) {
        return switch (op) {
            case "approve" -> book.approve(id, "op", null);
            case "dismiss" -> book.dismiss(id, "op", null);
            default -> book.cancel(id, "op", null);
        };
    }

    private ActionPlan start(ActionPlan p, int action) {
        return book.start(p.id(), action, "apply", null);
    }

    private ActionPlan finish(ActionPlan p, int action, boolean ok) {
        return book.finish(p.id(), action, ok, "apply", ok ? null : "BMC timed out");
    }

    private ActionPlan finishAll(ActionPlan p, boolean ok) {
        ActionPlan q = p;
        for (PlanAction a : p.actions()) {
            q = finish(start(q, a.id()), a.id(), ok);
        }
        return q;
    }

    @Test
    void aFailedActionMakesThePlanFailedOrPartialNeverSucceeded() {
        ActionPlan p = book.approve(book.record(Plans.of(Plans.cluster("c1", 2)), null, "planner", null).get(0)
                .id(), "ops", null);
        p = finish(start(p, 1), 1, true);
        assertEquals(PlanState.ONGOING, p.state());
        p = finish(start(p, 2), 2, false);
        assertEquals(PlanState.ONGOING, p.state());
        ActionPlan done = finish(start(p, 3), 3, true);
        assertEquals(PlanState.PARTIAL, done.state());
        assertEquals("BMC timed out", done.action(2).note());
        List<String> planRows = book.audit(done.id()).stream().filter(a -> a.actionId() == null)
                .map(a -> a.from() + ">" + a.to()).toList();
        assertEquals(List.of("null>recommended", "recommended>pending", "pending>ongoing", "ongoing>partial"),
                planRows);
        RefusedTransition again = assertThrows(RefusedTransition.class, () -> finish(done, 1, false));
        assertEquals(List.of(), again.allowed());
    }

    @Test
    void theSameClustersNewerPlanSupersedesAWaitingOne() {
        ActionPlan waiting = book.record(Plans.of(Plans.cluster("c1", 1), Plans.cluster("c2", 1)), null, "planner",
                null).get(0);
        ActionPlan approved = book.approve(book.record(Plans.of(Plans.cluster("c3", 1)), null, "planner", null)
                .get(0).id(), "ops", null);
        clock.advance(Duration.ofHours(1));
        ActionPlan newer = book.record(Plans.of(Plans.cluster("c1", 2), Plans.cluster("c3", 1)), "c1", "planner",
                "hourly").get(0);
        assertEquals(PlanState.SUPERSEDED, book.get(waiting.id()).state());
        AuditEntry why = book.audit(waiting.id()).get(1);
        assertEquals("superseded by plan " + newer.id(), why.why());
        assertEquals(NOW.plus(Duration.ofHours(1)), why.at());
        assertEquals(PlanState.RECOMMENDED, book.get(waiting.id() + 1).state(), "c2 has no newer plan");
        assertEquals(PlanState.PENDING, book.get(approved.id()).state(), "an approved plan is not superseded");
        RefusedTransition late = assertThrows(RefusedTransition.class, () -> book.approve(waiting.id(), "ops", null));
        assertEquals(List.of(), late.allowed());
        assertThrows(io.capacity.app.RequestProblem.class,
                () -> book.record(Plans.of(Plans.cluster("c1", 1)), "c9", "planner", null));
    }

    @Test
    void aRecommendedPlanExpiresAtItsTimeAndNotBefore() {
        book.close();
        book = new PlanBook(DuckPlanStore.open(dir), clock, new BookSettings(Duration.ofHours(2)));
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 1)), null, "planner", null).get(0);
        clock.advance(Duration.ofHours(2).minusNanos(1));
        assertEquals(PlanState.RECOMMENDED, book.get(p.id()).state());
        clock.advance(Duration.ofNanos(1));
        assertEquals(PlanState.EXPIRED, book.get(p.id()).state());
        AuditEntry last = book.audit(p.id()).get(1);
        assertEquals(List.of("clock", "recommended", "expired"), List.of(last.who(), last.from(), last.to()));
        assertEquals(NOW.plus(Duration.ofHours(2)), last.at());
        assertThrows(IllegalArgumentException.class, () -> new BookSettings(Duration.ZERO));
    }

    @Test
    void skippedActionsDoNotRunAndTheLastOneCannotBeSkippedOnceApproved() {
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 1)), null, "planner", null).get(0);
        p = book.skip(p.id(), 1, "ops", "h2 hosts a migration");
        assertEquals(ActionState.SKIPPED, p.action(1).state());
        assertEquals("h2 hosts a migration", p.action(1).note());
        RefusedTransition twice = assertThrows(RefusedTransition.class, () -> book.skip(1, 1, "ops", null));
        assertEquals(List.of(), twice.allowed());
        p = book.approve(p.id(), "ops", null);
        long id = p.id();
        RefusedTransition last = assertThrows(RefusedTransition.class, () -> book.skip(id, 2, "ops", null));
        assertTrue(last.getMessage().contains("cancel the plan instead"), last.getMessage());
        p = finish(start(p, 2), 2, true);
        assertEquals(PlanState.SUCCEEDED, p.state());
        assertThrows(RefusedTransition.class, () -> book.skip(id, 2, "ops", null));

        ActionPlan q = book.record(Plans.of(Plans.cluster("c2", 1)), null, "planner", null).get(0);
        book.skip(q.id(), 1, "ops", null);
        book.skip(q.id(), 2, "ops", null);
        RefusedTransition nothing = assertThrows(RefusedTransition.class, () -> book.approve(q.id(), "ops", null));
        assertEquals(List.of("dismissed"), nothing.allowed());
        assertThrows(RefusedTransition.class, () -> book.start(q.id(), 1, "apply", null));
    }

    @Test
    void unknownPlansAndActionsAreNamed() {
        assertEquals("no plan 42", assertThrows(UnknownPlan.class, () -> book.get(42)).getMessage());
        long id = book.record(Plans.of(Plans.cluster("c1", 1)), null, "planner", null).get(0).id();
        assertEquals("plan 1 has no action 7 (it has 2 actions)",
                assertThrows(UnknownPlan.class, () -> book.skip(id, 7, "ops", null)).getMessage());
    }

    @Test
    void theBookSurvivesAReopenWithPlansActionsAndAuditTrail() {
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 2)), null, "planner", "hourly").get(0);
        book.skip(p.id(), 2, "ops", "later");
        p = book.approve(p.id(), "ops", "go");
        p = finish(start(p, 1), 1, false);
        List<AuditEntry> trail = book.audit(p.id());
        book.close();
        book = new PlanBook(DuckPlanStore.open(dir), clock, BookSettings.DEFAULTS);
        assertEquals(p, book.get(p.id()));
        assertEquals(trail, book.audit(p.id()));
        assertNull(book.get(p.id()).action(3).note());
        PlanPage page = book.list(PlanFilter.DEFAULTS.with(PlanState.ONGOING, "c1"));
        assertEquals(1, page.total());
        assertEquals(0, book.list(PlanFilter.DEFAULTS.with(PlanState.FAILED, null)).total());
        assertEquals(p.id() + 1, book.record(Plans.of(Plans.cluster("c2", 1)), null, "planner", null).get(0).id());
    }

    @Test
    void listsNewestFirstInPages() {
        for (int i = 0; i < 5; i++) {
            book.record(Plans.of(Plans.cluster("c" + (i % 2), 1)), null, "planner", null);
        }
        PlanPage page = book.list(PlanFilter.DEFAULTS.page(1, 2));
        assertEquals(5, page.total());
        assertEquals(List.of(4L, 3L), page.plans().stream().map(ActionPlan::id).toList());
        PlanPage c0 = book.list(PlanFilter.DEFAULTS.with(null, "c0"));
        assertEquals(List.of(5L, 3L, 1L), c0.plans().stream().map(ActionPlan::id).toList());
        assertEquals(List.of(5L), book.list(PlanFilter.DEFAULTS.with(PlanState.RECOMMENDED, "c0")).plans()
                .stream().map(ActionPlan::id).toList());
        assertThrows(IllegalArgumentException.class, () -> PlanFilter.DEFAULTS.page(0, 0));
    }

    /** The executor's withhold: only a waiting action of an approved plan, and it is approved work not done. */
    @Test
    void aWithheldActionIsCancelledSoThePlanIsPartialOrCancelledNeverSucceeded() {
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 2)), null, "planner", null).get(0);
        long id = p.id();
        assertThrows(RefusedTransition.class, () -> book.withhold(id, 1, "apply", "host already off"));
        book.skip(id, 3, "ops", "hold");
        p = book.approve(id, "ops", "go");
        p = finish(start(p, 1), 1, true);
        p = book.withhold(id, 2, "ops", "precondition failed: host h3 is off");
        assertEquals(ActionState.CANCELLED, p.action(2).state());
        assertEquals("precondition failed: host h3 is off", p.action(2).note());
        assertEquals(PlanState.PARTIAL, p.state());
        AuditEntry last = book.audit(id).get(book.audit(id).size() - 1);
        assertEquals(new AuditEntry(id, null, NOW, "ops", "precondition failed: host h3 is off", "ongoing",
                "partial"), last);
        assertThrows(RefusedTransition.class, () -> book.withhold(id, 1, "ops", "too late"));

        ActionPlan q = book.record(Plans.of(Plans.cluster("c2", 1)), null, "planner", null).get(0);
        book.skip(q.id(), 2, "ops", "hold");
        book.approve(q.id(), "ops", "go");
        assertEquals(PlanState.CANCELLED, book.withhold(q.id(), 1, "ops", "precondition failed").state(),
                "nothing ran: cancelled");
    }

    /** Leaving a power-down out leaves out the power-on that undoes it; the links survive a reopen. */
    @Test
    void skippingAPowerDownSkipsThePowerOnThatUndoesItAndTheLinksSurviveAReopen() {
        ActionPlan p = book.record(Plans.of(Plans.night("c1")), null, "planner", null).get(0);
        long id = p.id();
        p = book.skip(id, 2, "ops", "h3 runs a batch job tonight");
        assertEquals(ActionState.SKIPPED, p.action(2).state());
        assertEquals(ActionState.SKIPPED, p.action(4).state());
        assertEquals("its power-down, action 2, was skipped: h3 stays on", p.action(4).note());
        assertEquals(ActionState.PENDING, p.action(3).state());
        List<AuditEntry> trail = book.audit(id);
        assertEquals(new AuditEntry(id, 4, NOW, "ops", "its power-down, action 2, was skipped: h3 stays on",
                "pending", "skipped"), trail.get(trail.size() - 1));
        p = book.approve(id, "ops", "go");
        var refused = assertThrows(RefusedTransition.class, () -> book.skip(id, 1, "ops", null));
        assertTrue(refused.getMessage().contains("it is the approved plan's last action"), refused.getMessage());
        book.close();
        book = new PlanBook(DuckPlanStore.open(dir), clock, BookSettings.DEFAULTS);
        assertEquals(p, book.get(id));
        assertEquals(2, book.get(id).action(4).undoes());
        assertNull(book.get(id).action(2).undoes());
    }
}
