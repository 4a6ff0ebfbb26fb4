package io.capacity.service.api;

import static io.capacity.service.api.ApiCalls.get;
import static io.capacity.service.api.ApiCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The token rule on the series, points, capacity and what-if endpoints, for every role (none, unknown, read, operate,
 * admin), with reads open on loopback and with reads needing a token. What an allowed call answers (200, or 503 as
 * this service has no inventory) shows it passed the gate; a refused one is 401 or 403 with problem+json.
 */
class ReadsTokensTest {
    private static final String READ = TokensOverHttpTest.READ;
    private static final String OPERATE = TokensOverHttpTest.OPERATE;
    private static final String ADMIN = TokensOverHttpTest.ADMIN;
    private static final List<String> SECRETS = List.of("", "wrong-secret-0123456789", READ, OPERATE, ADMIN);

    @TempDir
    Path dir;

    @Test
    void readsOpenOnLoopback() throws Exception {
        matrix(false);
    }

    @Test
    void readsNeedingAToken() throws Exception {
        matrix(true);
    }

    private void matrix(boolean readsNeedToken) throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            store.write(List.of(Point.of("mem", Map.of("host", "web1"), "used_percent", 5.0, 1_700_000_000_000_000_000L)));
            try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                    "--capacity.tokens=" + TokensOverHttpTest.TOKENS, "--capacity.reads-need-token=" + readsNeedToken)) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
                Map<String, Integer> reads = Map.of("/api/v1/series?limit=1", 200,
                        "/api/v1/series/mem%2Chost%3Dweb1%20used_percent/points?from=2023-11-14T00:00:00Z"
                                + "&to=2023-11-15T00:00:00Z", 200,
                        "/api/v1/capacity", 503);
                for (String secret : SECRETS) {
                    String who = secret.isEmpty() ? "no token" : secret;
                    String token = secret.isEmpty() ? null : secret;
                    for (Map.Entry<String, Integer> e : reads.entrySet()) {
                        int expected = secret.startsWith("wrong") || secret.isEmpty() && readsNeedToken ? 401
                                : e.getValue();
                        check(get(base + e.getKey(), token), expected, "GET " + e.getKey() + " with " + who);
                    }
                    int expected = secret.isEmpty() || secret.startsWith("wrong") ? 401 : secret.equals(READ) ? 403
                            : 503;
                    check(post(base + "/api/v1/what-if", token, "application/json", "{\"pue\": 1.3}"), expected,
                            "POST /api/v1/what-if with " + who);
                }
            }
        }
    }

    private static void check(HttpResponse<String> r, int expected, String what) {
        assertEquals(expected, r.statusCode(), what + ": " + r.body());
        if (expected >= 400) {
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                    what);
        }
        if (expected == 401) {
            assertTrue(r.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer realm=\"capacity\""),
                    what);
        }
        if (expected == 403) {
            assertTrue(r.body().contains("needs a token of role operate or admin; token 'grafana' has role read"),
                    what + ": " + r.body());
        }
    }
}
