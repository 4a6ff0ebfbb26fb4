package io.capacity.service.api;

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
 * Every plans endpoint with bodies and ids that are wrong in every way this test can think of: never a 500, every
 * error a problem+json body, and the book unchanged by all of it.
 */
class PlansFuzzTest {
    private static final String SECRET = "plans-fuzz-test-secret-0123";

    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void noBodyOrIdGivesA500OrAnythingButProblemJson() throws Exception {
        Path inventory = ROOT.resolve("docs/examples/inventory.yaml");
        PlanRequest plan = PlanRequest.DEFAULTS.withInputs(inventory,
                new DemandSource.File(ROOT.resolve("docs/examples/demand-c1.csv"))).withModel("snaive");
        List<String> bodies = List.of("", "{", "null", "[]", "5", "\"approve\"", "true", "{\"reason\": null}",
                "{\"reason\": [1]}", "{\"reason\": {\"a\": 1}}", "{\"reason\": NaN}", "{\"reason\": 1e999}",
                "{\"reason\": \"a\", \"reason\": \"b\"}", "{\"reason\": \"\\u0000\"}", "{\"cluster\": 7}",
                "{\"model\": \"\"}", "{\"" + "k".repeat(5000) + "\": 1}", "{\"reason\": \"" + "x".repeat(2_000_000)
                        + "\"}", "\u00ff\u00fe", "{\"reason\": \"ok\"}");
        List<String> paths = List.of("/1/approve", "/1/dismiss", "/1/cancel", "/1/actions/1/skip", "/0/approve",
                "/-1/dismiss", "/99999999999999999999/approve", "/1/actions/0/skip", "/1/actions/-3/skip",
                "/1/actions/99999999999/skip", "/%20/approve", "/1e3/approve", "");
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir.resolve("store")));
             PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            book.record(new MakePlan(null, Clock.systemUTC()).run(plan).plan(), null, "planner", null);
            try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, new ServiceBeans(null, book, new PipelineStatus(null)), "--capacity.port=0",
                    "--capacity.inventory=" + inventory, "--capacity.tokens=operate fuzz " + SECRET)) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port")
                        + "/api/v1/plans";
                List<String> failures = new ArrayList<>();
                for (String path : paths) {
                    for (String body : bodies) {
                        for (String type : List.of("application/json", "text/plain")) {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .header("Content-Type", type).header("Authorization", "Bearer " + SECRET)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            String ct = r.headers().firstValue("content-type").orElse("");
                            boolean ok = r.statusCode() < 300 || (r.statusCode() < 500
                                    && ct.startsWith("application/problem+json") && r.body().contains("\"status\":"));
                            if (!ok || r.statusCode() >= 500) {
                                failures.add(path + " " + type + " " + body.substring(0, Math.min(40, body.length()))
                                        + " -> " + r.statusCode() + " " + ct + " " + r.body());
                            }
                        }
                    }
                }
                for (String q : List.of("?state=", "?state=%00", "?limit=-1", "?limit=1001", "?offset=-1",
                        "?offset=99999999999", "?limit=1.5", "?cluster=%ff", "?state=pending&state=failed")) {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + q)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() >= 500 || r.statusCode() >= 400 && !r.headers().firstValue("content-type")
                            .orElse("").startsWith("application/problem+json")) {
                        failures.add(q + " -> " + r.statusCode() + " " + r.body());
                    }
                }
                assertEquals(List.of(), failures);
            }
            // Only well-formed requests moved it: the first approve (an empty body is no body), the first cancel.
            assertEquals(List.of("null>recommended", "recommended>pending", "pending>cancelled"),
                    book.audit(1).stream().filter(a -> a.actionId() == null).map(a -> a.from() + ">" + a.to())
                            .toList());
        }
    }
}
