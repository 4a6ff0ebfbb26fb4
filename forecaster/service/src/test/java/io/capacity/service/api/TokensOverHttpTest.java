package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The token rule over real HTTP, for every role (none, unknown, read, operate, admin) and method, on a loopback
 * service with reads open, one whose reads need a token, and one listening on every interface (requests still go to
 * 127.0.0.1 only). Mutating requests go to a test-only handler ({@link EchoController}) and to existing paths.
 */
class TokensOverHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String READ = "read-secret-0123456789";
    static final String OPERATE = "operate-secret-0123456789";
    static final String ADMIN = "admin-secret-0123456789";
    static final String TOKENS = "read grafana " + READ + ", operate ci " + OPERATE + ", admin root " + ADMIN;
    private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> SECRETS = new ArrayList<>(List.of("", "wrong-secret-0123456789", READ,
            OPERATE, ADMIN));

    @TempDir
    Path dir;

    @Test
    void loopbackWithReadsOpen() throws Exception {
        matrix(false, "127.0.0.1");
    }

    @Test
    void loopbackWithReadsNeedingAToken() throws Exception {
        matrix(true, "127.0.0.1");
    }

    @Test
    void everyInterface() throws Exception {
        matrix(false, "0.0.0.0");
    }

    private void matrix(boolean readsNeedToken, String bind) throws Exception {
        boolean guarded = readsNeedToken || !bind.startsWith("127.");
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                     "--capacity.bind=" + bind, "--capacity.tokens=" + TOKENS, "--capacity.test.echo=true",
                     "--capacity.reads-need-token=" + readsNeedToken);
             LogCapture log = new LogCapture()) {
            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            for (String method : METHODS) {
                boolean read = List.of("GET", "HEAD", "OPTIONS").contains(method);
                for (String secret : SECRETS) {
                    String what = method + " with " + (secret.isEmpty() ? "no token" : secret) + " bind " + bind
                            + (readsNeedToken ? " reads need a token" : "");
                    HttpResponse<String> r = send(base + "/api/v1/test-echo", method, secret);
                    int expected = expected(read, guarded, secret);
                    assertEquals(expected, r.statusCode(), what + ": " + r.body());
                    if (expected == 200 && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                        String who = secret.equals(READ) ? "grafana" : secret.equals(OPERATE) ? "ci"
                                : secret.equals(ADMIN) ? "root" : "";
                        assertTrue(r.body().contains("\"who\":\"" + who + "\""), what + ": " + r.body());
                    }
                    if (expected >= 400) {
                        assertRefusal(r, expected, what);
                    }
                }
            }
            // Existing paths: a POST is 401 without a token, and with one it reaches Spring (405, 404).
            assertRefusal(send(base + "/api/v1/series", "POST", ""), 401, "POST series");
            HttpResponse<String> notAllowed = send(base + "/api/v1/series", "POST", OPERATE);
            assertEquals(405, notAllowed.statusCode(), notAllowed.body());
            assertTrue(notAllowed.headers().firstValue("Content-Type").orElse("").startsWith(ProblemJson.MEDIA_TYPE));
            HttpResponse<String> nowhere = send(base + "/api/v1/nope", "DELETE", ADMIN);
            assertEquals(404, nowhere.statusCode(), nowhere.body());
            assertTrue(nowhere.headers().firstValue("Content-Type").orElse("").startsWith(ProblemJson.MEDIA_TYPE));
            assertRefusal(send(base + "/api/v1/series", "PUT", READ), 403, "PUT series as read");
            // Reads of data and metrics follow the read rule; health and the API description are always open.
            for (String path : List.of("/api/v1/series", "/actuator/prometheus", "/actuator/info")) {
                assertEquals(guarded ? 401 : 200, send(base + path, "GET", "").statusCode(), path);
                assertEquals(200, send(base + path, "GET", READ).statusCode(), path);
            }
            for (String path : List.of("/actuator/health", "/v3/api-docs", "/swagger-ui/index.html")) {
                assertEquals(200, send(base + path, "GET", "").statusCode(), path);
            }
            String doc = send(base + "/v3/api-docs", "GET", "").body();
            assertTrue(doc.contains("\"security\":[{},{\"bearer\":[]}]"), doc);
            assertTrue(doc.contains("\"securitySchemes\":{\"bearer\":{\"type\":\"http\""), doc);
            // The log names the token of each change, never a secret; refusals are not logged above DEBUG.
            String text = log.text();
            assertTrue(text.contains("POST /api/v1/test-echo by token 'ci' (operate): 200"), text);
            assertTrue(text.contains("DELETE /api/v1/test-echo by token 'root' (admin): 200"), text);
            for (String secret : List.of(READ, OPERATE, ADMIN, "wrong-secret", "secret-0123")) {
                assertFalse(text.contains(secret), "a secret in the log: " + text);
            }
            assertEquals(0, log.atLeast(Level.WARN), text);
        }
    }

    /** What the rule says: a change needs operate or admin; a read needs any role when guarded. */
    private static int expected(boolean read, boolean guarded, String secret) {
        boolean none = secret.isEmpty();
        boolean known = List.of(READ, OPERATE, ADMIN).contains(secret);
        if (!none && !known) {
            return 401;
        }
        if (read) {
            return none && guarded ? 401 : 200;
        }
        return none ? 401 : secret.equals(READ) ? 403 : 200;
    }

    private static void assertRefusal(HttpResponse<String> r, int status, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        if (!r.request().method().equals("HEAD")) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(ProblemJson.MEDIA_TYPE),
                    what + ": " + r.headers());
            assertTrue(r.body().contains("\"status\":" + status), what + ": " + r.body());
        }
        String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Bearer realm=\"capacity\""), what + ": " + challenge);
        if (status == 403) {
            assertTrue(r.body().contains("needs a token of role operate or admin; token 'grafana' has role read"),
                    what + ": " + r.body());
            assertTrue(challenge.contains("insufficient_scope"), challenge);
        }
        for (String secret : List.of(READ, OPERATE, ADMIN)) {
            assertFalse(r.body().contains(secret), what + ": " + r.body());
        }
    }

    private static HttpResponse<String> send(String url, String method, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (!secret.isEmpty()) {
            b.header("Authorization", "Bearer " + secret);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
