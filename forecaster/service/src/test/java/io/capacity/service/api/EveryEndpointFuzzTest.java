package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capacity.app.demo.DemoFleet;
import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation the OpenAPI document lists, driven from that document so an endpoint added later is covered
 * without touching this test: wrong path values, every query parameter with values wrong in every way this test
 * can think of, unknown parameters, malformed and huge bodies, and the token rule per role. Never a 500, and every
 * refusal an RFC 9457 problem body. The service runs on a small simulated fleet with its inventory, so requests
 * that get past validation reach real data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEndpointFuzzTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ = "fuzz-read-secret-0123456789";
    private static final String OPERATE = "fuzz-operate-secret-0123456789";
    private static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "%20", "%ff",
            "..%2F..%2Fetc", "x".repeat(3000), "NaN", "1e3", "cpu%2Chost%3Dnone%20usage_idle", "%00");
    private static final List<String> QUERY_VALUES = List.of("", "NaN", "Infinity", "-1", "0", "1e999", "%00",
            "x".repeat(5000), "2026-13-45T99:00:00Z", "-P1D", "999999999999999999999", "%ff%fe", "a=b=c",
            "cpu,host=nowhere usage_idle", "1.5");
    private static final List<String> BODIES = List.of("", "{", "null", "[]", "5", "\"x\"", "true", "{\"a\": NaN}",
            "{\"horizon\": 1e999}", "{\"horizon\": -1}", "{\"horizon\": \"ten\"}", "{\"levels\": [101]}",
            "{\"series\": 7}", "{\"series\": [{\"time\": \"yesterday\", \"value\": 1}]}",
            "{\"series\": [{\"time\": \"2026-01-01T00:00:00Z\", \"value\": NaN}]}", "{\"reason\": [1]}",
            "{\"" + "k".repeat(5000) + "\": 1}", "{\"a\": \"\\u0000\"}", "{\"a\": {\"b\": {\"c\": {\"d\": "
                    + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}}}",
            "time,value\n2026-01-01T00:00:00Z,abc\n", "time,value\n", "\u00ff\u00fe", "[" + "1,".repeat(200_000) + "1]",
            "{\"reason\": \"" + "x".repeat(2_000_000) + "\"}");

    private RunningService service;
    private JsonNode paths;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        ServeSettings settings = ServeSettings.of(0, "127.0.0.1").withDemo(new DemoOptions(DemoFleet.MIN_HOSTS, 3))
                .withInventory(dir.resolve("demo-inventory.yaml"))
                .withSpring("--capacity.tokens=read grafana " + READ + ", operate ci " + OPERATE);
        service = RunningService.start(StoreConfig.embedded(dir), null, settings);
        HttpResponse<String> doc = send("GET", "/v3/api-docs", null, null, null);
        assertEquals(200, doc.statusCode(), doc.body());
        paths = JSON.readTree(doc.body()).path("paths");
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    /** The operations this test drives, as {@code METHOD path}: the document must list the API's endpoints. */
    private List<String> operations() {
        List<String> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    ops.add(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                }
            }
        }
        return ops;
    }

    @Test
    void theDocumentListsTheApi() {
        List<String> ops = operations();
        for (String expected : List.of("GET /api/v1/series", "GET /api/v1/plans", "POST /api/v1/plans/{id}/approve")) {
            assertTrue(ops.contains(expected), expected + " missing from " + ops);
        }
    }

    @Test
    void noRequestGetsA500OrAnythingButAProblem() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String op : operations()) {
            String method = op.substring(0, op.indexOf(' '));
            String template = op.substring(op.indexOf(' ') + 1);
            JsonNode spec = paths.path(template).path(method.toLowerCase(java.util.Locale.ROOT));
            List<String> query = new ArrayList<>();
            List<String> pathParams = new ArrayList<>();
            for (JsonNode p : spec.path("parameters")) {
                ("path".equals(p.path("in").asText()) ? pathParams : query).add(p.path("name").asText());
            }
            String plain = template;
            for (String name : pathParams) {
                plain = plain.replace("{" + name + "}", "1");
            }
            // Wrong path values, one parameter at a time.
            for (String name : pathParams) {
                for (String v : PATH_VALUES) {
                    check(failures, method, template.replace("{" + name + "}", v).replaceAll("\\{[^}]+}", "1"),
                            method.equals("GET") ? null : "{}");
                }
            }
            // Each query parameter with every wrong value, then one nobody declared.
            for (String name : query) {
                for (String v : QUERY_VALUES) {
                    check(failures, method, plain + "?" + name + "=" + (v.contains("%") ? v
                            : URLEncoder.encode(v, StandardCharsets.UTF_8)), method.equals("GET") ? null : "{}");
                }
                check(failures, method, plain + "?" + name + "=1&" + name + "=2", method.equals("GET") ? null : "{}");
            }
            check(failures, method, plain + "?no_such_parameter=1", method.equals("GET") ? null : "{}");
            check(failures, method, plain + "?" + "q".repeat(20_000) + "=1", method.equals("GET") ? null : "{}");
            if (!method.equals("GET")) {
                for (String body : BODIES) {
                    for (String type : List.of("application/json", "text/csv", "text/plain")) {
                        check(failures, method, plain, body, type);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Every operation but a GET needs an operate token, except these, which change nothing and are reads
     * (docs/api.md, "Tokens"): open on loopback like any read, and a wrong token is refused all the same.
     */
    private static final java.util.Set<String> READ_POSTS = java.util.Set.of("POST /api/v1/forecasts");

    @Test
    void everyMutatingOperationNeedsAnOperateToken() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String op : operations()) {
            String method = op.substring(0, op.indexOf(' '));
            if (method.equals("GET")) {
                continue;
            }
            String path = op.substring(op.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            boolean read = READ_POSTS.contains(op);
            for (String[] c : new String[][] {{null, read ? "-" : "401"}, {"wrong-secret-0123456789", "401"},
                    {READ, read ? "-" : "403"}}) {
                HttpResponse<String> r = send(method, path, "{}", "application/json", c[0]);
                boolean refused = r.statusCode() == 401 || r.statusCode() == 403;
                if (c[1].equals("-") ? refused : r.statusCode() != Integer.parseInt(c[1]) || !isProblem(r)) {
                    failures.add(op + " with " + (c[0] == null ? "no token" : c[0]) + " -> " + r.statusCode()
                            + " " + r.body());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private void check(List<String> failures, String method, String path, String body) throws Exception {
        check(failures, method, path, body, "application/json");
    }

    private void check(List<String> failures, String method, String path, String body, String type)
            throws Exception {
        HttpResponse<String> r;
        try {
            r = send(method, path, body, type, OPERATE);
        } catch (java.io.IOException e) {
            // A connection the server closes on an oversized request is a refusal too, but say which.
            failures.add(method + " " + cut(path) + " -> connection closed: " + e.getMessage());
            return;
        }
        if (r.statusCode() >= 500 || r.statusCode() >= 400 && !isProblem(r)) {
            failures.add(method + " " + cut(path) + " [" + type + " " + cut(body == null ? "" : body) + "] -> "
                    + r.statusCode() + " " + r.headers().firstValue("content-type").orElse("") + " "
                    + cut(r.body()));
        }
    }

    private static boolean isProblem(HttpResponse<String> r) {
        return r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json")
                && r.body().contains("\"status\":" + r.statusCode());
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...(" + s.length() + ")";
    }

    private HttpResponse<String> send(String method, String path, String body, String type, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
