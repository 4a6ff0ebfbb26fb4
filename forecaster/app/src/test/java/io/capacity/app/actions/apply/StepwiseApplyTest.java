package io.capacity.app.actions.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanState;
import io.capacity.app.actions.Plans;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.collectors.power.control.Bmcs;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.store.MetricStore;
import io.capacity.testkit.IpmiSimServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night's plan applied step by step as the clock moves (h2 down at 22:00, h3 at 23:00, both on at 06:00;
 * {@link Plans#night}) on a four-host cluster, through one real ipmi_sim BMC per host (read back with ipmitool),
 * with the capacity check forecasting a real store: only what is due runs, a later step waits, the check counts
 * the hosts the plan already powered down, and a power-on never runs for a host its power-down left on.
 */
class StepwiseApplyTest {
    private static final Instant RECORDED = Instant.parse("2026-01-05T21:00:00Z");
    private static final Instant T0 = RECORDED.minus(Duration.ofDays(14));

    @TempDir
    Path tmp;
    final MutableClock clock = new MutableClock(RECORDED);
    final Map<String, IpmiSimServer> sims = new java.util.LinkedHashMap<>();
    MetricStore store;
    PlanBook book;

    @AfterEach
    void close() {
        sims.values().forEach(IpmiSimServer::close);
        if (book != null) {
            book.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Four 56-core hosts at {@code load}, a BMC for h2 and h3 ({@code h2} as given), the night plan approved. */
    private ApplyPlan apply(double load, IpmiSimServer.Chassis h2, Duration timeout) throws Exception {
        return apply(load, h2, timeout, BookSettings.DEFAULTS);
    }

    private ApplyPlan apply(double load, IpmiSimServer.Chassis h2, Duration timeout, BookSettings settings)
            throws Exception {
        Path inventory = TestStores.r640Hosts(tmp, "on", "on", "on", "on");
        store = TestStores.open("embedded", tmp, "steps");
        for (String h : List.of("h1", "h2", "h3", "h4")) {
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", h), "usage_idle", T0, 16 * 24,
                    i -> 100 - 100 * (load + Math.sin(2 * Math.PI * (i % 24) / 24) / 100));
        }
        book = new PlanBook(DuckPlanStore.open(tmp.resolve("state")), clock, settings);
        List<IpmiTarget> targets = new ArrayList<>();
        targets.add(bmc("h2", h2));
        targets.add(bmc("h3", new IpmiSimServer.Chassis(true, Duration.ofMillis(300), true)));
        var check = new StoredCapacityCheck(new AssessCapacity(StoreAccess.shared(store), clock), inventory,
                CapacityRequest.DEFAULTS.withModel("drift"), clock);
        ActionPlan p = book.record(Plans.of(Plans.night("c1")), null, "planner", "test").get(0);
        book.approve(p.id(), "ops", "tonight");
        return new ApplyPlan(book, new Bmcs(List.of(), targets), check, ApplySettings.DEFAULTS.withExecute(true)
                .withTimeout(timeout, Duration.ofMillis(100)), clock);
    }

    private ApplyPlan apply(double load) throws Exception {
        return apply(load, new IpmiSimServer.Chassis(true, Duration.ofMillis(300), true), Duration.ofSeconds(5));
    }

    /** The night plan approved, expiring {@code expiry} after it was recorded at 21:00. */
    private ApplyPlan expiring(Duration expiry) throws Exception {
        return apply(0.1, new IpmiSimServer.Chassis(true, Duration.ofMillis(300), true), Duration.ofSeconds(5),
                new BookSettings(expiry));
    }

    private IpmiTarget bmc(String host, IpmiSimServer.Chassis chassis) throws Exception {
        IpmiSimServer sim = IpmiSimServer.start(300, chassis);
        sims.put(host, sim);
        return new IpmiTarget("bmc-" + host, sim.host(), sim.port(), IpmiSimServer.USER, IpmiSimServer.PASSWORD,
                IpmiSimServer.CIPHER_SUITE, Duration.ofSeconds(10), Duration.ofSeconds(60),
                new InventoryTags(null, null, null, host, null), null);
    }

    private String power(String host) throws Exception {
        return sims.get(host).chassisPower();
    }

    private static List<Outcome> outcomes(ApplyResult r) {
        return r.outcomes().stream().map(ActionOutcome::outcome).toList();
    }

    private void at(String time) {
        Instant t = Instant.parse(time);
        clock.advance(Duration.between(clock.instant(), t));
    }

    @Test
    void onlyTheDueStepRunsTheLaterOneWaitsAndRunsWhenItsTimeComes() throws Exception {
        ApplyPlan apply = apply(0.1);
        at("2026-01-05T22:00:00Z");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.SUCCEEDED, Outcome.NOT_DUE, Outcome.NOT_DUE, Outcome.NOT_DUE), outcomes(r),
                r.outcomes().toString());
        assertEquals(Instant.parse("2026-01-05T23:00:00Z"), r.outcomes().get(1).dueAt());
        assertEquals("it is due at 2026-01-05T23:00:00Z: apply again then, or name it to run it now (action 2)",
                r.outcomes().get(1).reason());
        assertEquals(Optional.of(Instant.parse("2026-01-05T23:00:00Z")), r.nextDue());
        assertEquals(PlanState.ONGOING, r.plan().state());
        assertEquals("off", power("h2"));
        assertEquals("on", power("h3"), "h3's step is not due at 22:00");

        at("2026-01-05T23:00:00Z");
        r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_WAITING, Outcome.SUCCEEDED, Outcome.NOT_DUE, Outcome.NOT_DUE), outcomes(r),
                r.outcomes().toString());
        assertEquals("off", power("h3"));
        assertEquals(Optional.of(Instant.parse("2026-01-06T06:00:00Z")), r.nextDue());

        at("2026-01-06T06:00:00Z");
        r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_WAITING, Outcome.NOT_WAITING, Outcome.SUCCEEDED, Outcome.SUCCEEDED),
                outcomes(r), r.outcomes().toString());
        assertEquals("on", power("h2"));
        assertEquals("on", power("h3"));
        assertEquals(PlanState.SUCCEEDED, r.plan().state());
        assertEquals(Optional.empty(), r.nextDue());
    }

    /** 30 % of 224 cores is 67 in use: N+1 leaves 89.6 usable with h2 off, 44.8 with h2 and h3 off. */
    @Test
    void theCapacityCheckCountsTheHostsThePlanAlreadyPoweredDownAndTheUndoingPowerOnIsCancelled() throws Exception {
        ApplyPlan apply = apply(0.3);
        at("2026-01-05T22:00:00Z");
        assertEquals(Outcome.SUCCEEDED, apply.run(1, false, "ops").outcomes().get(0).outcome());
        at("2026-01-05T23:00:00Z");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_WAITING, Outcome.NOT_RUN, Outcome.NOT_DUE, Outcome.NOT_RUN), outcomes(r),
                r.outcomes().toString());
        String why = r.outcomes().get(1).reason();
        assertTrue(why.startsWith("precondition failed: with [h2, h3] off, cluster c1's cpu usage 6"), why);
        assertTrue(why.endsWith("is over its usable 44.8 with N+1 at 80 % target"), why);
        assertEquals("precondition failed: its power-down, action 2, was cancelled, so this plan did not power h3 off"
                + " and does not power it on", r.outcomes().get(3).reason());
        assertEquals(List.of(), r.outcomes().get(3).commands(), "nothing sent to h3");
        assertEquals("on", power("h3"));
        assertEquals(ActionState.CANCELLED, r.plan().action(4).state());

        at("2026-01-06T06:00:00Z");
        r = apply.run(1, false, "ops");
        assertEquals(Outcome.SUCCEEDED, r.outcomes().get(2).outcome(), r.outcomes().toString());
        assertEquals("on", power("h2"));
        assertEquals(PlanState.PARTIAL, r.plan().state(), "a cancelled step beside succeeded ones");
    }

    @Test
    void aPowerOnWhosePowerDownFailedIsCancelledAndNeverSent() throws Exception {
        ApplyPlan apply = apply(0.1, new IpmiSimServer.Chassis(true, Duration.ZERO, false), Duration.ofSeconds(2));
        at("2026-01-05T22:00:00Z");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.FAILED, Outcome.NOT_DUE, Outcome.NOT_RUN, Outcome.NOT_DUE), outcomes(r),
                r.outcomes().toString());
        assertEquals("precondition failed: its power-down, action 1, failed, so this plan did not power h2 off and"
                + " does not power it on", r.outcomes().get(2).reason());
        assertEquals(ActionState.CANCELLED, r.plan().action(3).state());
        assertEquals("on", power("h2"));
    }

    @Test
    void aPowerOnNamedBeforeItsPowerDownRanWaitsAndAMissedNightRunsNothing() throws Exception {
        ApplyPlan apply = apply(0.1);
        ActionOutcome o = apply.run(1, 3, false, "ops").outcomes().get(0);
        assertEquals(Outcome.NOT_DUE, o.outcome());
        assertEquals("it brings h2 back from action 1, which has not run; it is due at 2026-01-06T06:00:00Z",
                o.reason());
        assertEquals(PlanState.PENDING, book.get(1).state());

        at("2026-01-06T07:00:00Z");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_RUN, Outcome.NOT_RUN, Outcome.NOT_RUN, Outcome.NOT_RUN), outcomes(r),
                r.outcomes().toString());
        assertEquals("precondition failed: missed: it was due at 2026-01-05T22:00:00Z, and action 3 powers h2 on"
                + " again at 2026-01-06T06:00:00Z, already past", r.outcomes().get(0).reason());
        assertEquals("on", power("h2"));
        assertEquals("on", power("h3"));
        assertEquals(PlanState.CANCELLED, r.plan().state());
    }
    @Test
    void aHostPoweredDownBeforeThePlanExpiredIsPoweredOnAfterIt() throws Exception {
        ApplyPlan apply = expiring(Duration.ofHours(4));
        book.skip(1, 2, "ops", "keep h3 on");
        at("2026-01-05T22:00:00Z");
        assertEquals(Outcome.SUCCEEDED, apply.run(1, false, "ops").outcomes().get(0).outcome());
        assertEquals("off", power("h2"));

        at("2026-01-06T06:00:00Z");
        assertTrue(clock.instant().isAfter(book.get(1).expiresAt()), "the plan expired at 01:00");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_WAITING, Outcome.NOT_WAITING, Outcome.SUCCEEDED, Outcome.NOT_WAITING),
                outcomes(r), r.outcomes().toString());
        assertEquals("on", power("h2"), "read back from h2's BMC");
        assertEquals(PlanState.SUCCEEDED, r.plan().state());
    }

    @Test
    void aPowerDownAfterThePlanExpiredIsCancelledButTheHostAlreadyDownComesBack() throws Exception {
        ApplyPlan apply = expiring(Duration.ofMinutes(90));
        at("2026-01-05T22:00:00Z");
        assertEquals(Outcome.SUCCEEDED, apply.run(1, false, "ops").outcomes().get(0).outcome());

        at("2026-01-05T23:00:00Z");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_WAITING, Outcome.NOT_RUN, Outcome.NOT_DUE, Outcome.NOT_RUN), outcomes(r),
                r.outcomes().toString());
        assertEquals("precondition failed: plan 1 expired at 2026-01-05T22:30:00Z: the forecast it rests on is stale;"
                + " record a new plan", r.outcomes().get(1).reason());
        assertEquals("on", power("h3"), "no capacity removed on a stale forecast");

        at("2026-01-06T06:00:00Z");
        r = apply.run(1, false, "ops");
        assertEquals(Outcome.SUCCEEDED, r.outcomes().get(2).outcome(), r.outcomes().toString());
        assertEquals("on", power("h2"));
        assertEquals(PlanState.PARTIAL, r.plan().state(), "h3's step was not done");
    }

    @Test
    void cancellingThePlanAfterAPowerDownLeavesItsPowerOnToRun() throws Exception {
        ApplyPlan apply = apply(0.1);
        at("2026-01-05T22:00:00Z");
        assertEquals(Outcome.SUCCEEDED, apply.run(1, false, "ops").outcomes().get(0).outcome());
        ActionPlan p = book.cancel(1, "ops", "changed my mind");
        assertEquals(List.of(ActionState.SUCCEEDED, ActionState.CANCELLED, ActionState.PENDING,
                ActionState.CANCELLED), p.actions().stream().map(a -> a.state()).toList());
        assertEquals(PlanState.ONGOING, p.state(), "h2 is still to come back");

        at("2026-01-06T06:00:00Z");
        ApplyResult r = apply.run(1, false, "ops");
        assertEquals(List.of(Outcome.NOT_WAITING, Outcome.NOT_WAITING, Outcome.SUCCEEDED, Outcome.NOT_WAITING),
                outcomes(r), r.outcomes().toString());
        assertEquals("on", power("h2"));
        assertEquals(PlanState.PARTIAL, r.plan().state());
    }

    /**
     * The executor, every 50 ms on an injected clock, with nobody calling apply: nothing runs before 22:00; the
     * power-downs run at their times, and the power-ons at 06:00, after the plan expired at 01:00.
     */
    @Test
    void theExecutorRunsEachActionWhenItIsDueWithoutAnApplyCall() throws Exception {
        ApplyPlan apply = expiring(Duration.ofHours(4));
        List<ActionOutcome> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DueActions due = new DueActions(book, apply, clock, seen::add)) {
            due.start(new ApplySchedule(Duration.ofMillis(50)));
            waitFor(() -> due.last().isPresent() && due.last().get().started().equals(RECORDED));
            assertEquals(4, due.last().get().count(Outcome.NOT_DUE));
            assertEquals("on", power("h2"));

            at("2026-01-05T22:00:00Z");
            waitFor(() -> book.get(1).action(1).state() == ActionState.SUCCEEDED);
            assertEquals("off", power("h2"));
            assertEquals("on", power("h3"));
            at("2026-01-05T23:00:00Z");
            waitFor(() -> book.get(1).action(2).state() == ActionState.SUCCEEDED);
            assertEquals("off", power("h3"));

            at("2026-01-06T06:00:00Z");
            waitFor(() -> book.get(1).state() == PlanState.SUCCEEDED);
            assertEquals("on", power("h2"));
            assertEquals("on", power("h3"));
            // Both power-ons are due at 06:00: a pass running while the clock moves there can see action 3 not yet due
            // and action 4 due, and run 3 on the next pass, so their order is either; the power-downs come first.
            List<Integer> order = seen.stream().map(ActionOutcome::actionId).toList();
            assertEquals(4, order.size(), order.toString());
            assertEquals(List.of(1, 2), order.subList(0, 2), order.toString());
            assertEquals(java.util.Set.of(3, 4), java.util.Set.copyOf(order.subList(2, 4)), order.toString());
            assertTrue(book.audit(1).stream().filter(e -> e.actionId() != null && "ongoing".equals(e.to()))
                    .allMatch(e -> DueActions.WHO.equals(e.who())), "audited as the executor");
        }
    }

    @Test
    void theExecutorRefusesToStartOnADryRunService() throws Exception {
        apply(0.1);
        ApplyPlan dry = new ApplyPlan(book, new Bmcs(List.of(), List.of()), (p, w) -> Optional.empty(),
                ApplySettings.DEFAULTS, clock);
        assertThrows(IllegalArgumentException.class, () -> new DueActions(book, dry, clock, o -> { }));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
