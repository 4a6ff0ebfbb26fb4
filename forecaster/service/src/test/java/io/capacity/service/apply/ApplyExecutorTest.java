package io.capacity.service.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.apply.DueActions;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.service.CapacityApplication;
import io.capacity.service.ServiceBeans;
import io.capacity.service.pipeline.PipelineStatus;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The executor inside the service, with nobody calling apply: with real runs on it takes up an approved plan whose
 * actions are all past their time (the example demand is in the past) and records their outcomes as the executor,
 * counted on {@code /actuator/prometheus} and its last pass on {@code /actuator/info}; without them it does
 * nothing. Timing and BMCs against real ipmi_sim hosts: {@code app}'s {@code StepwiseApplyTest}.
 */
class ApplyExecutorTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void withApplyActionsTheExecutorRunsAnApprovedPlanWithoutAnApplyCall() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir.resolve("store")));
             PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            long id = record(book);
            book.approve(id, "ops", "go");
            try (ConfigurableApplicationContext ctx = start(store, book, true)) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
                waitFor(() -> book.get(id).actions().stream().noneMatch(a -> a.state() == ActionState.PENDING
                        && a.kind().startsWith("power")));
                List<AuditEntry> moved = book.audit(id).stream().filter(e -> e.actionId() != null).toList();
                assertFalse(moved.isEmpty());
                assertTrue(moved.stream().allMatch(e -> DueActions.WHO.equals(e.who())), moved.toString());
                waitFor(() -> get(base + "/actuator/info").contains("\"last_run\""));
                String info = get(base + "/actuator/info");
                assertTrue(info.contains("\"apply\":{\"executor\":true,\"every\":\"PT0.2S\",\"last_run\":"), info);
                String prom = get(base + "/actuator/prometheus");
                assertTrue(prom.lines().anyMatch(l -> l.startsWith("capacity_apply_actions_total{outcome=\"")
                        && !l.endsWith(" 0.0")), prom.lines().filter(l -> l.contains("apply")).toList().toString());
            }
        }
    }

    @Test
    void withoutApplyActionsNothingRuns() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir.resolve("store")));
             PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            long id = record(book);
            book.approve(id, "ops", "go");
            int audited = book.audit(id).size();
            try (ConfigurableApplicationContext ctx = start(store, book, false)) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
                Thread.sleep(1500);
                assertEquals(audited, book.audit(id).size(), book.audit(id).toString());
                assertTrue(get(base + "/actuator/info").contains("\"apply\":{\"executor\":false}"));
            }
        }
    }

    private static long record(PlanBook book) {
        Path inventory = ROOT.resolve("docs/examples/inventory.yaml");
        PlanRequest plan = PlanRequest.DEFAULTS.withInputs(inventory,
                new DemandSource.File(ROOT.resolve("docs/examples/demand-c1.csv"))).withModel("snaive");
        return book.record(new MakePlan(null, Clock.systemUTC()).run(plan).plan(), null, "planner", null).get(0)
                .id();
    }

    private static ConfigurableApplicationContext start(MetricStore store, PlanBook book, boolean execute) {
        return CapacityApplication.start(store, new ServiceBeans(null, book, new PipelineStatus(null)),
                "--capacity.port=0", "--capacity.inventory=" + ROOT.resolve("docs/examples/inventory.yaml"),
                "--capacity.apply.execute=" + execute, "--capacity.apply.every=PT0.2S");
    }

    private static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
