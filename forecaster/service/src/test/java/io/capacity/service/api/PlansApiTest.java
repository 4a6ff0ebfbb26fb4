package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.service.cli.CliRun;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plans API end to end over HTTP: the README's 24-host inventory (docs/examples) with two weeks of every host's
 * cpu imported into a real embedded store, a plan made from the store and recorded, then approved, skipped,
 * refused, and read back after a restart from the state file.
 */
class PlansApiTest {
    private static final String SECRET = "plans-api-test-secret-0123";
    private static final String TOKEN_SETTING = "--capacity.tokens=operate ops " + SECRET;

    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void plansAreRecordedApprovedRefusedAndSurviveARestart() throws Exception {
        Path data = importTwoWeeks();
        Path inventory = ROOT.resolve("docs/examples/inventory.yaml");
        String firstDetail;
        try (RunningService service = RunningService.start(StoreConfig.embedded(data), null,
                ServeSettings.of(0, "127.0.0.1").withInventory(inventory).withSpring(TOKEN_SETTING))) {
            String base = "http://127.0.0.1:" + service.port() + "/api/v1/plans";
            HttpResponse<String> none = get(base);
            assertEquals(200, none.statusCode(), none.body());
            assertEquals("{\"plans\":[],\"total\":0,\"offset\":0,\"limit\":100}", none.body());

            HttpResponse<String> made = post(base, "{\"model\": \"snaive\", \"reason\": \"nightly review\"}");
            assertEquals(201, made.statusCode(), made.body());
            assertEquals("/api/v1/plans/1", made.headers().firstValue("location").orElse(""));
            assertTrue(made.body().contains("\"id\":1,\"cluster\":\"c1\",\"state\":\"recommended\","
                    + "\"next\":[\"pending\",\"superseded\",\"dismissed\",\"expired\"]"), made.body());

            HttpResponse<String> plan = get(base + "/1");
            assertEquals(200, plan.statusCode(), plan.body());
            String p = plan.body();
            // Nights at 5 % busy on 24 hosts: the plan powers hosts down, and says why and what it saves.
            assertTrue(p.contains("\"kind\":\"power_down\""), p);
            for (String field : List.of("\"rationale\":{\"band\":\"upper 95 % + 0 % margin\"", "\"threshold\":",
                    "\"grade\":", "\"binding\":\"cpu\"", "\"cost_delta_per_week\":-", "\"cost_delta_per_month\":-",
                    "\"efficacy\":{\"horizon\":\"PT168H\",\"kwh_saved\":", "\"hosts_freed\":",
                    "\"expires_at\":", "\"audit\":[{\"at\":", "\"why\":\"nightly review\",\"from\":null,"
                            + "\"to\":\"recommended\"}]")) {
                assertTrue(p.contains(field), field + " in " + p);
            }
            assertTrue(p.contains("\"who\":\"ops\""), p);

            HttpResponse<String> skipped = post(base + "/1/actions/1/skip", "{\"reason\": \"node24 is in repair\"}");
            assertEquals(200, skipped.statusCode(), skipped.body());
            assertTrue(skipped.body().contains("\"state\":\"skipped\",\"note\":\"node24 is in repair\""),
                    skipped.body());
            HttpResponse<String> approved = post(base + "/1/approve", null);
            assertEquals(200, approved.statusCode(), approved.body());
            assertTrue(approved.body().contains("\"state\":\"pending\",\"next\":[\"ongoing\",\"cancelled\"]"),
                    approved.body());

            problem(post(base + "/1/approve", "{}"), 409, "approve plan 1: refused from state pending; allowed next"
                    + " states: ongoing, cancelled");
            HttpResponse<String> refused = post(base + "/1/dismiss", null);
            problem(refused, 409, "dismiss plan 1: refused from state pending");
            assertTrue(refused.body().contains("\"allowed\":[\"ongoing\",\"cancelled\"]"), refused.body());
            assertTrue(refused.body().contains("\"state\":\"pending\""), refused.body());
            problem(post(base + "/1/actions/1/skip", null), 409, "skip action 1 of plan 1: refused from state "
                    + "skipped; allowed next states: none (final state)");

            problem(get(base + "/999"), 404, "no plan 999");
            problem(get(base + "/abc"), 404, "no plan abc");
            problem(post(base + "/999/approve", null), 404, "no plan 999");
            problem(post(base + "/1/actions/99999/skip", null), 404, "plan 1 has no action 99999");
            problem(post(base + "/1/actions/x/skip", null), 404, "plan 1 has no action x");
            problem(post(base + "/1/dismiss", "{\"reason\": "), 400, "");
            problem(post(base + "/1/dismiss", "{\"reason\": 5}"), 400, "field 'reason' must be a string, got a number");
            problem(post(base + "/1/dismiss", "[\"why\"]"), 400, "expected a JSON object");
            problem(post(base + "/1/dismiss", "{\"reasn\": \"x\"}"), 400, "unknown field 'reasn'; expected reason");
            problem(post(base + "/1/dismiss", "{\"reason\": \"" + "x".repeat(1001) + "\"}"), 400, "at most 1000");
            problem(get(base + "?state=done"), 400, "query parameter state: 'done' is not one of recommended,");
            problem(get(base + "?limit=0"), 400, "limit");
            problem(get(base + "?limit=ten"), 400, "");
            problem(get(base + "?colour=red"), 400, "colour");
            problem(post(base, "{\"cluster\": \"c9\", \"model\": \"snaive\"}"), 400, "cluster c9: the plan has no");
            problem(post(base, "{\"model\": \"crystal-ball\"}"), 400, "");

            // A newer plan supersedes a waiting one, never the approved one.
            assertEquals(201, post(base, "{\"cluster\": \"c1\", \"model\": \"snaive\"}").statusCode());
            assertEquals(201, post(base, "{\"cluster\": \"c1\", \"model\": \"snaive\"}").statusCode());
            HttpResponse<String> superseded = get(base + "?state=superseded");
            assertTrue(superseded.body().contains("\"plans\":[{\"id\":2,") && superseded.body()
                    .contains("\"total\":1"), superseded.body());
            assertTrue(get(base + "/2").body().contains("\"who\":\"ops\",\"why\":\"superseded by "
                    + "plan 3\",\"from\":\"recommended\",\"to\":\"superseded\""), get(base + "/2").body());
            HttpResponse<String> page = get(base + "?cluster=c1&limit=1&offset=1");
            assertTrue(page.body().startsWith("{\"plans\":[{\"id\":2,") && page.body().endsWith("\"total\":3,"
                    + "\"offset\":1,\"limit\":1}"), page.body());
            firstDetail = get(base + "/1").body();
        }
        try (RunningService again = RunningService.start(StoreConfig.embedded(data), null,
                ServeSettings.of(0, "127.0.0.1").withSpring(TOKEN_SETTING))) {
            String base = "http://127.0.0.1:" + again.port() + "/api/v1/plans";
            assertEquals(firstDetail, get(base + "/1").body());
            problem(post(base, null), 503, "no inventory to plan: start the service with --inventory FILE");
            HttpResponse<String> cancelled = post(base + "/1/cancel", "{\"reason\": \"change freeze\"}");
            assertTrue(cancelled.body().contains("\"state\":\"cancelled\",\"next\":[]"), cancelled.body());
        }
    }

    @Test
    void aStoreWithoutDemandIsA422NamingTheCluster() throws Exception {
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir.resolve("empty")), null,
                ServeSettings.of(0, "127.0.0.1").withInventory(ROOT.resolve("docs/examples/inventory.yaml"))
                        .withSpring(TOKEN_SETTING))) {
            String base = "http://127.0.0.1:" + service.port() + "/api/v1/plans";
            problem(post(base, "{\"model\": \"snaive\"}"), 422, "cluster c1: no stored cpu or mem data for its hosts");
            assertEquals("{\"plans\":[],\"total\":0,\"offset\":0,\"limit\":100}", get(base).body());
        }
    }

    /** Two weeks of hourly cpu for node01..node24: 60 % busy by day, 5 % at night. */
    private Path importTwoWeeks() throws Exception {
        long hour = 3600;
        long end = System.currentTimeMillis() / 1000 / hour * hour;
        List<String> lines = new ArrayList<>();
        for (int h = 1; h <= 24; h++) {
            for (int i = 24 * 14; i >= 1; i--) {
                long t = end - i * hour;
                long hourOfDay = t / hour % 24;
                double busy = hourOfDay >= 8 && hourOfDay < 20 ? 60 : 5;
                lines.add(String.format("cpu,cpu=cpu-total,host=node%02d usage_idle=%s %d000000000", h, 100 - busy,
                        t));
            }
        }
        Path lp = Files.write(dir.resolve("two-weeks.lp"), lines);
        Path data = dir.resolve("data");
        CliRun imported = CliRun.of("import", "--data-dir", data.toString(), lp.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return data;
    }

    private static void problem(HttpResponse<String> r, int status, String detail) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                r.headers().map() + " " + r.body());
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        assertTrue(r.body().contains(detail), detail + " in " + r.body());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        // Changes need an operate token (docs/api.md, Tokens); its name is who the audit trail records.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + SECRET);
        if (json == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
