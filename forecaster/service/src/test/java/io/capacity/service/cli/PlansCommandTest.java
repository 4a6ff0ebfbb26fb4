package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./capacity plans}: the plan book read through the same use case the REST API calls. */
class PlansCommandTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void listsAndShowsRecordedPlans() throws Exception {
        CliRun empty = CliRun.of("plans", "--data-dir", dir.toString());
        assertEquals(0, empty.exitCode(), empty.err());
        assertTrue(empty.err().contains("0 plans (no "), empty.err());
        assertTrue(!Files.exists(dir.resolve("state.duckdb")), "a read makes no state file");

        Path demand = ROOT.resolve("docs/examples/demand-c1.csv");
        Path inventory = ROOT.resolve("docs/examples/inventory.yaml");
        io.capacity.app.plan.PlanResult r = new io.capacity.app.plan.MakePlan(null, Clock.systemUTC()).run(
                io.capacity.app.plan.PlanRequest.DEFAULTS.withInputs(inventory,
                        new io.capacity.app.plan.DemandSource.File(demand)).withModel("snaive"));
        try (PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            long id = book.record(r.plan(), null, "planner", "weekly").get(0).id();
            book.approve(id, "ops", "change 4711");
        }
        CliRun list = CliRun.of("plans", "--data-dir", dir.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("ID    CLUSTER    STATE"), list.out());
        assertTrue(list.out().contains("1     c1         pending"), list.out());
        assertTrue(list.err().contains("1 of 1 plan(s)"), list.err());
        assertTrue(CliRun.of("plans", "--data-dir", dir.toString(), "--state", "recommended").out().lines()
                .count() == 1, "only the header");

        CliRun show = CliRun.of("plans", "--data-dir", dir.toString(), "1");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().startsWith("plan 1, cluster c1: pending (next: ongoing, cancelled)"), show.out());
        assertTrue(show.out().contains("  1. [pending] "), show.out());
        assertTrue(show.out().contains(" ops: recommended -> pending (change 4711)"), show.out());

        CliRun unknown = CliRun.of("plans", "--data-dir", dir.toString(), "9");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no plan 9"), unknown.err());
        assertEquals(2, CliRun.of("plans", "--data-dir", dir.toString(), "--state", "done").exitCode());
        CliRun expiry = CliRun.of("serve", "--no-collect", "--data-dir", dir.toString(), "--plan-expiry", "0h");
        assertEquals(2, expiry.exitCode(), expiry.err());
        assertTrue(expiry.err().contains("--plan-expiry: duration must be positive, got '0h'"), expiry.err());
    }
}
