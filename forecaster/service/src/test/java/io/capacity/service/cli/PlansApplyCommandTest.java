package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanAction;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.testkit.IpmiSimServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./capacity plans apply}: a dry run, then a real power-on through real ipmi_sim BMCs (read back with
 * ipmitool), a power-down whose host has no BMC failing with exit 1, and the power-on that would have undone it
 * cancelled without a command, all recorded in the state file.
 */
class PlansApplyCommandTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    final List<IpmiSimServer> bmcs = new ArrayList<>();

    @AfterEach
    void stop() {
        bmcs.forEach(IpmiSimServer::close);
    }

    @Test
    void dryRunThenAPowerOnThroughTheBmcsThenAFailureForHostsWithoutOne() throws Exception {
        Path inventory = ROOT.resolve("docs/examples/inventory.yaml");
        ActionPlan plan;
        try (PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            plan = book.record(new MakePlan(null, Clock.systemUTC()).run(PlanRequest.DEFAULTS.withInputs(inventory,
                    new DemandSource.File(ROOT.resolve("docs/examples/demand-c1.csv"))).withModel("snaive")).plan(),
                    null, "planner", "weekly").get(0);
            book.approve(plan.id(), "ops", "change 4711");
        }
        // A power-on of a host that was off when the plan was made: one that undoes a power-down runs only after it.
        PlanAction on = plan.actions().stream().filter(a -> a.kind().equals("power_on") && a.undoes() == null)
                .findFirst().orElseThrow();
        PlanAction down = plan.actions().stream().filter(a -> a.kind().equals("power_down")).findFirst()
                .orElseThrow();
        StringBuilder yaml = new StringBuilder("ipmi:\n");
        for (String h : on.hosts()) {
            IpmiSimServer b = IpmiSimServer.start(300, new IpmiSimServer.Chassis(false, Duration.ZERO, true));
            bmcs.add(b);
            yaml.append("  - {name: bmc-").append(h).append(", host: ").append(b.host()).append(", port: ")
                    .append(b.port()).append(", username: ").append(IpmiSimServer.USER).append(", password: ")
                    .append(IpmiSimServer.PASSWORD).append(", cipher_suite: 3, inventory: {host: ").append(h)
                    .append("}}\n");
        }
        Path config = Files.writeString(dir.resolve("collectors.yaml"), yaml);
        String[] common = {"plans", "apply", "--data-dir", dir.toString(), "--collect-config", config.toString(),
            "--action", Integer.toString(on.id()), Long.toString(plan.id())};

        CliRun dry = CliRun.of(common);
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("plan 1, cluster c1: pending (dry run: nothing sent, nothing recorded)\n  "
                + on.id() + ". power_on: would_run: preconditions hold"), dry.out());
        assertTrue(dry.out().contains("chassis power on (IPMI target bmc-" + on.hosts().get(0) + ")"), dry.out());
        for (IpmiSimServer b : bmcs) {
            assertEquals("off", b.chassisPower());
        }

        List<String> real = new ArrayList<>(List.of(common));
        real.add("--apply-actions");
        CliRun applied = CliRun.of(real.toArray(String[]::new));
        assertEquals(0, applied.exitCode(), applied.err());
        assertTrue(applied.out().contains(on.id() + ". power_on: succeeded: "), applied.out());
        for (IpmiSimServer b : bmcs) {
            assertEquals("on", b.chassisPower());
        }

        CliRun failed = CliRun.of("plans", "apply", "--data-dir", dir.toString(), "--collect-config",
                config.toString(), "--apply-actions", "--action", Integer.toString(down.id()), "1");
        assertEquals(1, failed.exitCode(), failed.out() + failed.err());
        assertTrue(failed.out().contains(down.id() + ". power_down: failed: host " + down.hosts().get(0)
                + " has no BMC"), failed.out());
        // The power-on that would bring that host back is never sent: its power-down did not happen.
        PlanAction back = plan.actions().stream().filter(a -> a.undoes() != null && a.undoes() == down.id())
                .findFirst().orElseThrow();
        CliRun cancelled = CliRun.of("plans", "apply", "--data-dir", dir.toString(), "--collect-config",
                config.toString(), "--apply-actions", "--action", Integer.toString(back.id()), "1");
        assertEquals(0, cancelled.exitCode(), cancelled.out() + cancelled.err());
        assertTrue(cancelled.out().contains(back.id() + ". power_on: not_run: precondition failed: its power-down,"
                + " action " + down.id() + ", failed, so this plan did not power " + down.hosts().get(0) + " off and"
                + " does not power it on\n"), cancelled.out());
        CliRun show = CliRun.of("plans", "--data-dir", dir.toString(), "1");
        assertTrue(show.out().contains("[succeeded] power_on") && show.out().contains("[failed] power_down"),
                show.out());
        assertTrue(show.out().contains(" cli:"), "the audit names the command line's user: " + show.out());
    }
}
