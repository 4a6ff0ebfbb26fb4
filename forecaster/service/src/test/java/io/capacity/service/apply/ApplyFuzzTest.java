package io.capacity.service.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The apply endpoint under malformed ids, query values and bodies, with real runs enabled: never a 500 or a body
 * that is not problem+json, and nothing moves the recommended plan (a real run of it is refused, a dry run changes
 * nothing).
 */
class ApplyFuzzTest {
    private static final String SECRET = "apply-fuzz-secret-0123456789";
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void noQueryOrBodyGivesA500OrMovesThePlan() throws Exception {
        Path inventory = ROOT.resolve("docs/examples/inventory.yaml");
        PlanRequest plan = PlanRequest.DEFAULTS.withInputs(inventory,
                new DemandSource.File(ROOT.resolve("docs/examples/demand-c1.csv"))).withModel("snaive");
        List<String> paths = List.of("/1/apply", "/0/apply", "/-1/apply", "/abc/apply", "/99999999999999999999/apply",
                "/1/apply?dry_run=true", "/1/apply?dry_run=false", "/1/apply?dry_run=", "/1/apply?dry_run=%00",
                "/1/apply?dry_run=yes", "/1/apply?dry_run=true&dry_run=false", "/1/apply?action=0",
                "/1/apply?action=-1", "/1/apply?action=abc", "/1/apply?action=99999999999", "/1/apply?action=1.5",
                "/1/apply?action=1&dry_run=true", "/1/apply?host=web1", "/1/apply?dry_run=" + "t".repeat(5000));
        List<String> bodies = List.of("", "{", "null", "{\"reason\": 5}", "x".repeat(100_000));
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir.resolve("store")));
             PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            book.record(new MakePlan(null, Clock.systemUTC()).run(plan).plan(), null, "planner", null);
            try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, new ServiceBeans(null, book,
                    new PipelineStatus(null)), "--capacity.port=0", "--capacity.inventory=" + inventory,
                    "--capacity.tokens=operate fuzz " + SECRET, "--capacity.apply.execute=true")) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port")
                        + "/api/v1/plans";
                List<String> failures = new ArrayList<>();
                for (String path : paths) {
                    for (String body : bodies) {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + SECRET)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        String ct = r.headers().firstValue("content-type").orElse("");
                        boolean ok = r.statusCode() < 300 || (r.statusCode() < 500
                                && ct.startsWith("application/problem+json") && r.body().contains("\"status\":"));
                        if (!ok) {
                            failures.add(path + " " + body.substring(0, Math.min(20, body.length())) + " -> "
                                    + r.statusCode() + " " + ct + " " + r.body());
                        }
                    }
                }
                assertEquals(List.of(), failures);
            }
            assertEquals(1, book.audit(1).size(), "only the recording: " + book.audit(1));
        }
    }
}
