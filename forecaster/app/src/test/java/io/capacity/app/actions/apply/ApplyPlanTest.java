package io.capacity.app.actions.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanState;
import io.capacity.app.actions.Plans;
import io.capacity.app.actions.RefusedTransition;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applying plans against OpenIPMI's real ipmi_sim (each power state read back with ipmitool by the testkit), on a
 * real state file, with the capacity check forecasting a real store's history of the three-host cluster c1.
 */
class ApplyPlanTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int HOURS = 14 * 24;
    /** An hour after the last stored value, after the test plans' power-down time (2026-01-05 22:00). */
    private static final Instant NOW = T0.plus(Duration.ofHours(HOURS));

    @TempDir
    Path tmp;
    MutableClock clock = new MutableClock(NOW);
    MetricStore store;
    PlanBook book;
    final List<IpmiSimServer> bmcs = new ArrayList<>();

    @AfterEach
    void close() {
        bmcs.forEach(IpmiSimServer::close);
        if (book != null) {
            book.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The cluster's hosts run at {@code load} (a fraction of their 56 cores) with a small daily cycle. */
    private ApplyPlan apply(double load, ApplySettings settings, IpmiTarget... targets) throws Exception {
        Path inventory = TestStores.threeHosts(tmp, "on");
        store = TestStores.open("embedded", tmp, "apply");
        for (String h : new String[] {"h1", "h2", "h3"}) {
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", h), "usage_idle", T0, HOURS,
                    i -> 100 - 100 * (load + Math.sin(2 * Math.PI * (i % 24) / 24) / 100));
        }
        book = new PlanBook(DuckPlanStore.open(tmp.resolve("state")), clock, BookSettings.DEFAULTS);
        var check = new StoredCapacityCheck(new AssessCapacity(StoreAccess.shared(store), clock), inventory,
                CapacityRequest.DEFAULTS.withModel("drift"), clock);
        return new ApplyPlan(book, new Bmcs(List.of(), List.of(targets)), check, settings, clock);
    }

    private ApplyPlan apply(double load, IpmiTarget... targets) throws Exception {
        return apply(load, ApplySettings.DEFAULTS.withExecute(true).withTimeout(Duration.ofSeconds(5),
                Duration.ofMillis(100)), targets);
    }

    private IpmiTarget bmc(String host, IpmiSimServer.Chassis chassis) throws Exception {
        IpmiSimServer sim = IpmiSimServer.start(300, chassis);
        bmcs.add(sim);
        return new IpmiTarget("bmc-" + host, sim.host(), sim.port(), IpmiSimServer.USER, IpmiSimServer.PASSWORD,
                IpmiSimServer.CIPHER_SUITE, Duration.ofSeconds(10), Duration.ofSeconds(60),
                new InventoryTags(null, null, null, host, null), null);
    }

    private IpmiTarget bmc(String host) throws Exception {
        return bmc(host, new IpmiSimServer.Chassis(true, Duration.ofMillis(300), true));
    }

    /** A recorded plan of cluster c1 powering down h2 (and h3 with {@code two}), its hold skipped, approved. */
    private ActionPlan approved(boolean two) {
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", two ? 2 : 1)), null, "planner", "test").get(0);
        book.skip(p.id(), p.actions().size(), "ops", "nothing to do");
        return book.approve(p.id(), "ops", "tonight");
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndChangesNothing() throws Exception {
        ApplyPlan apply = apply(0.1, ApplySettings.DEFAULTS, bmc("h2"));
        ActionPlan p = approved(false);
        List<AuditEntry> before = book.audit(p.id());
        ApplyResult r = apply.run(p.id(), true, "ops");
        assertTrue(r.dryRun());
        ActionOutcome o = r.outcomes().get(0);
        assertEquals(Outcome.WOULD_RUN, o.outcome(), o.reason());
        assertTrue(o.commands().get(0).matches("h2: ipmitool -H 127\\.0\\.0\\.1 -p \\d+ chassis power soft \\(IPMI"
                + " target bmc-h2\\)"), o.commands().toString());
        assertEquals(Outcome.NOT_WAITING, r.outcomes().get(1).outcome(), "the skipped hold");
        assertEquals(PlanState.PENDING, book.get(p.id()).state());
        assertEquals(before, book.audit(p.id()));
        assertEquals("on", bmcs.get(0).chassisPower());

        var e = assertThrows(ApplyDisabled.class, () -> apply.run(p.id(), false, "ops"));
        assertTrue(e.getMessage().contains("option apply_actions=true"), e.getMessage());
        assertEquals("on", bmcs.get(0).chassisPower());
        assertEquals(before, book.audit(p.id()));
    }

    @Test
    void aPowerDownRunsThroughTheBmcAndSucceedsOnlyOnceReadBackOff() throws Exception {
        ApplyPlan apply = apply(0.1, bmc("h2"));
        ActionPlan p = approved(false);
        ApplyResult r = apply.run(p.id(), false, "ops");
        assertEquals(Outcome.SUCCEEDED, r.outcomes().get(0).outcome(), r.outcomes().get(0).reason());
        assertEquals("off", bmcs.get(0).chassisPower());
        assertEquals(PlanState.SUCCEEDED, r.plan().state());
        assertEquals(ActionState.SUCCEEDED, r.plan().action(1).state());
        assertTrue(r.plan().action(1).note().startsWith("h2 off, read back from the BMC after "), r.plan().action(1)
                .note());
        List<AuditEntry> audit = book.audit(p.id());
        List<String> tail = audit.subList(audit.size() - 4, audit.size()).stream().map(a -> a.who() + " "
                + a.actionId() + " " + a.from() + "->" + a.to()).toList();
        assertEquals(List.of("ops 1 pending->ongoing", "ops null pending->ongoing", "ops 1 ongoing->succeeded",
                "ops null ongoing->succeeded"), tail);
        assertTrue(audit.get(audit.size() - 4).why().contains("chassis power soft (IPMI target bmc-h2)"));
        assertThrows(RefusedTransition.class, () -> apply.run(p.id(), false, "ops"), "a finished plan is not run");
    }

    @Test
    void aHostAlreadyOffIsAFailedPreconditionNothingIsSentAndThePlanEndsCancelled() throws Exception {
        ApplyPlan apply = apply(0.1, bmc("h2", new IpmiSimServer.Chassis(false, Duration.ZERO, true)));
        ActionPlan p = approved(false);
        ActionOutcome o = apply.run(p.id(), false, "ops").outcomes().get(0);
        assertEquals(Outcome.NOT_RUN, o.outcome());
        assertEquals("precondition failed: host h2 is off (BMC bmc-h2), a power_down expects it on", o.reason());
        ActionPlan after = book.get(p.id());
        assertEquals(ActionState.CANCELLED, after.action(1).state());
        assertEquals(o.reason(), after.action(1).note());
        assertEquals(PlanState.CANCELLED, after.state());
    }

    @Test
    void aPowerDownTheForecastNoLongerAllowsIsNotRun() throws Exception {
        // 40 % of 168 cores is 67 in use; without h2, N+1 leaves 56 cores, 44.8 at the 0.8 target.
        ApplyPlan apply = apply(0.4, bmc("h2"));
        ActionPlan p = approved(false);
        ActionOutcome o = apply.run(p.id(), false, "ops").outcomes().get(0);
        assertEquals(Outcome.NOT_RUN, o.outcome());
        assertTrue(o.reason().startsWith("precondition failed: with [h2] off, cluster c1's cpu usage 6"), o.reason());
        assertTrue(o.reason().endsWith("is over its usable 44.8 with N+1 at 80 % target"), o.reason());
        assertEquals("on", bmcs.get(0).chassisPower());
        assertEquals(PlanState.CANCELLED, book.get(p.id()).state());
    }

    @Test
    void aHostWithoutABmcFailsItsActionWithOneReason() throws Exception {
        ApplyPlan apply = apply(0.1);
        ActionPlan p = approved(false);
        ActionOutcome o = apply.run(p.id(), false, "ops").outcomes().get(0);
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("host h2 has no BMC: no Redfish or IPMI target of the collectors' config has inventory.host h2"
                + " (or, without inventory.host, the name h2)", o.reason());
        assertEquals(PlanState.FAILED, book.get(p.id()).state());
    }

    @Test
    void aHostThatNeverReachesOffTimesOutAsFailedWithoutHanging() throws Exception {
        ApplyPlan apply = apply(0.1, ApplySettings.DEFAULTS.withExecute(true).withTimeout(Duration.ofSeconds(2),
                Duration.ofMillis(200)), bmc("h2", new IpmiSimServer.Chassis(true, Duration.ZERO, false)));
        ActionPlan p = approved(false);
        long t0 = System.nanoTime();
        ActionOutcome o = apply.run(p.id(), false, "ops").outcomes().get(0);
        double took = (System.nanoTime() - t0) / 1e9;
        assertEquals(Outcome.FAILED, o.outcome());
        assertTrue(o.reason().startsWith("timed out after 2s waiting for off: h2 on, read back from the BMC after 2."),
                o.reason());
        assertTrue(took < 10, "took " + took + " s");
        assertEquals("on", bmcs.get(0).chassisPower());
        assertEquals(PlanState.FAILED, book.get(p.id()).state());
    }

    @Test
    void oneActionSucceedingAndAnotherFailingIsPartialNeverSucceeded() throws Exception {
        ApplyPlan apply = apply(0.1, bmc("h2"));
        ActionPlan p = approved(true);
        ApplyResult r = apply.run(p.id(), false, "ops");
        assertEquals(List.of(Outcome.SUCCEEDED, Outcome.FAILED, Outcome.NOT_WAITING),
                r.outcomes().stream().map(ActionOutcome::outcome).toList());
        assertEquals(PlanState.PARTIAL, r.plan().state());
        assertEquals("off", bmcs.get(0).chassisPower());
    }

    @Test
    void anActionDueLaterWaitsUnlessNamedAndAnExpiredPlanRunsNothing() throws Exception {
        clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
        ApplyPlan apply = apply(0.1, bmc("h2"));
        ActionPlan p = approved(false);
        ActionOutcome o = apply.run(p.id(), false, "ops").outcomes().get(0);
        assertEquals(Outcome.NOT_DUE, o.outcome());
        assertEquals(PlanState.PENDING, book.get(p.id()).state());
        assertEquals("on", bmcs.get(0).chassisPower());

        clock.advance(Duration.ofHours(25));
        o = apply.run(p.id(), 1, false, "ops").outcomes().get(0);
        assertEquals(Outcome.NOT_RUN, o.outcome());
        assertTrue(o.reason().startsWith("precondition failed: plan 1 expired at "), o.reason());
        assertEquals("on", bmcs.get(0).chassisPower());
    }

    @Test
    void aRecommendedPlanIsDryRunOnlyAndItsActionsWouldNotRun() throws Exception {
        ApplyPlan apply = apply(0.1, bmc("h2"));
        ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 1)), null, "planner", "test").get(0);
        assertThrows(RefusedTransition.class, () -> apply.run(p.id(), false, "ops"));
        ActionOutcome o = apply.run(p.id(), true, "ops").outcomes().get(0);
        assertEquals(Outcome.WOULD_NOT_RUN, o.outcome());
        assertEquals("precondition failed: plan 1 is recommended, not approved", o.reason());
    }
}
