package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.capacity.schema.Point;
import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The HTTP edges over real requests to the running service: every error is problem+json (also what Tomcat rejects
 * before Spring, sent over a raw socket), bad input never floods the log, parameters are checked, headers are set
 * and a loopback service answers loopback names only.
 */
class HttpEdgesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A token, so that a POST (which needs one) gets as far as Spring's own 405. */
    private static final String OPERATE = "operate-secret-0123456789";

    @TempDir
    static Path dir;
    static MetricStore store;
    static ConfigurableApplicationContext ctx;
    static int port;

    @BeforeAll
    static void start() {
        store = Stores.open(StoreConfig.embedded(dir));
        store.write(List.of(
                Point.of("net", Map.of("host", "web1", "interface", "bond0,eth1"), "bytes_recv", 5.0, 1_000_000_000L),
                Point.of("net", Map.of("host", "web1", "interface", "eth0"), "bytes_recv", 7.0, 1_000_000_000L)));
        ctx = CapacityApplication.start(store, "--capacity.port=0", "--capacity.tokens=operate ci " + OPERATE);
        port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        ctx.close();
        store.close();
    }

    @Test
    void malformedPercentEscapesAreOneProblemAndNoLogFlood() throws Exception {
        try (LogCapture log = new LogCapture()) {
            // Java's URI refuses such escapes, so they go over a raw socket as a client could send them.
            for (int i = 0; i < 20; i++) {
                RawHttp r = RawHttp.get(port, "/api/v1/series?measurement=net&tag=%zz", "localhost");
                assertEquals(400, r.status(), r.head());
                assertEquals("application/problem+json;charset=UTF-8", r.header("Content-Type"), r.head());
                assertTrue(r.body().contains("query parameter tag: '%zz' is not a percent escape"), r.body());
            }
            RawHttp actuator = RawHttp.get(port, "/actuator/health?x=%G1", "localhost");
            assertEquals(400, actuator.status(), actuator.head());
            assertTrue(actuator.body().contains("query parameter x: '%G1'"), actuator.body());
            RawHttp latin1 = RawHttp.get(port, "/api/v1/series?tag=host%3D%E9", "localhost");
            assertEquals(400, latin1.status(), latin1.head());
            assertTrue(latin1.body().contains("query parameter tag: 'host%3D%E9' is not UTF-8"), latin1.body());
            // Other client mistakes Spring itself would log at WARN.
            assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/series")).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + OPERATE).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(404, RawHttp.get(port, "/api/v1/%2e%2e/x", "localhost").status());
            assertEquals(0, log.atLeast(Level.WARN), log.text());
            assertEquals(0, log.withStackTrace(), log.text());
        }
    }

    @Test
    void whatTomcatRejectsItselfIsProblemJsonToo() throws Exception {
        try (LogCapture log = new LogCapture()) {
            for (String request : List.of(
                    "GET /api/v1/series?a=|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                    "GET /api/v1/a\u0001b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                    "GET /api/v1/{x} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                    "NOT A REQUEST\r\n\r\n")) {
                RawHttp r = RawHttp.send(port, request);
                assertEquals(400, r.status(), r.head());
                assertEquals("application/problem+json;charset=UTF-8", r.header("Content-Type"), r.head());
                assertTrue(r.body().startsWith("{\"detail\":\"the request line, URI or a header is malformed")
                        && r.body().endsWith(",\"status\":400,\"title\":\"Bad Request\"}"), r.body());
                assertFalse(r.body().contains("Tomcat") || r.body().contains("<html"), r.body());
                assertEquals("nosniff", r.header("X-Content-Type-Options"), r.head());
            }
            assertEquals(0, log.withStackTrace(), log.text());
            assertEquals(0, log.atLeast(Level.ERROR), log.text());
        }
    }

    @Test
    void unknownPathsAreProblemJson404() throws Exception {
        // An encoded slash reaches Spring (a series key may hold one) and stays inside its segment: no route.
        for (String path : List.of("/api/v1/nope", "/api/v2/series", "/actuator/nope", "/actuator/metrics/no.such",
                "/error", "/api/v1/a%2fb", "/api%2Fv1%2Fseries", "/actuator%2Finfo")) {
            HttpResponse<String> r = get(path);
            assertProblem(r, 404);
            assertTrue(r.body().contains("\"status\":404"), r.body());
            assertFalse(r.body().contains("static resource"), r.body());
        }
    }

    @Test
    void controlCharactersInParametersAre400NamingTheParameter() throws Exception {
        for (String q : List.of("measurement=cpu%0Aevil", "field=a%00b", "tag=host%3Dweb%091", "me%01asurement=x")) {
            HttpResponse<String> r = get("/api/v1/series?" + q);
            assertProblem(r, 400);
            assertTrue(r.body().contains("control character"), r.body());
            assertFalse(r.body().contains("\\n") || r.body().contains("\\u0000"), r.body());
        }
        assertTrue(get("/api/v1/series?field=a%00b").body().contains("query parameter field: 'a%00b'"));
    }

    @Test
    void aTagValueWithACommaCanBeSelected() throws Exception {
        HttpResponse<String> r = get("/api/v1/series?tag=interface%3Dbond0,eth1");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"interface\":\"bond0,eth1\"") && !r.body().contains("eth0\""), r.body());
        HttpResponse<String> two = get("/api/v1/series?tag=host=web1&tag=interface=bond0%2Ceth1");
        assertTrue(two.body().contains("bond0,eth1") && !two.body().contains("\"eth0\""), two.body());
    }

    @Test
    void unknownAndRepeatedParametersAreRefusedByName() throws Exception {
        HttpResponse<String> typo = get("/api/v1/series?mesurement=cpu");
        assertProblem(typo, 400);
        assertTrue(typo.body().contains("unknown query parameter mesurement; this endpoint accepts: cursor, field, "
                + "limit, measurement, tag"), typo.body());
        HttpResponse<String> twice = get("/api/v1/series?field=a&field=b");
        assertProblem(twice, 400);
        assertTrue(twice.body().contains("query parameter field given more than once"), twice.body());
        HttpResponse<String> clash = get("/api/v1/series?tag=host=a&tag=host=b");
        assertProblem(clash, 400);
        assertTrue(clash.body().contains("key 'host' is given twice"), clash.body());
        assertEquals(200, get("/api/v1/series?tag=host=web1&tag=interface=eth0").statusCode());
    }

    @Test
    void securityHeadersOnApiErrorsAndHtml() throws Exception {
        for (String path : List.of("/api/v1/series", "/api/v1/nope", "/actuator/health", "/swagger-ui/index.html")) {
            HttpResponse<String> r = get(path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.startsWith("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + csp);
        }
        HttpResponse<String> ui = get("/swagger-ui/index.html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        // The page loads its script from this origin, which the policy's default-src 'self' allows.
        assertTrue(ui.body().contains("src=\"./swagger-initializer.js\""), ui.body());
        assertFalse(ui.body().contains("<script>"), "no inline script, which the policy would block");
        HttpResponse<String> apiDocs = get("/v3/api-docs");
        assertTrue(apiDocs.body().contains("\"/api/v1/series\"") && !apiDocs.body().contains("\"/error\""),
                apiDocs.body());
    }

    @Test
    void aLoopbackServiceAnswersLoopbackHostNamesOnly() throws Exception {
        for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port,
                "LOCALHOST")) {
            assertEquals(200, RawHttp.get(port, "/api/v1/series", host).status(), host);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example",
                "localhost.evil.example:" + port)) {
            RawHttp r = RawHttp.get(port, "/api/v1/series", host);
            assertEquals(421, r.status(), host);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.head());
            assertTrue(r.body().contains("listens on loopback only"), r.body());
            assertFalse(r.body().contains("bond0"), "no data for a foreign Host");
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        String type = r.headers().firstValue("Content-Type").orElse(null);
        assertNotNull(type, r.body());
        assertTrue(type.startsWith("application/problem+json"), type + " " + r.body());
        assertTrue(r.body().contains("\"title\":") && r.body().contains("\"detail\":"), r.body());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
