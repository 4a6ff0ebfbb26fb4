package io.capacity.service.api;

import static io.capacity.service.api.ForecastFixture.get;
import static io.capacity.service.api.ForecastFixture.post;
import static io.capacity.service.api.TokensOverHttpTest.ADMIN;
import static io.capacity.service.api.TokensOverHttpTest.OPERATE;
import static io.capacity.service.api.TokensOverHttpTest.READ;
import static io.capacity.service.api.TokensOverHttpTest.TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The token rule on the forecasts endpoints, for every role (none, unknown, read, operate, admin), with reads open
 * and with reads needing a token: a GET and the ad-hoc POST (which stores nothing) are both reads; other methods on
 * the path need operate.
 */
class ForecastTokensTest {
    private static final List<String> SECRETS = List.of("", "wrong-secret-0123456789", READ, OPERATE, ADMIN);

    @TempDir
    Path dir;

    @Test
    void readsOpen() throws Exception {
        matrix(false);
    }

    @Test
    void readsNeedAToken() throws Exception {
        matrix(true);
    }

    private void matrix(boolean guarded) throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String csv = ForecastFixture.csv(end.minus(java.time.Duration.ofDays(3)), 72);
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            store.write(List.of(ForecastFixture.point("web1", "c1", 1, end.minusSeconds(7200)),
                    ForecastFixture.point("web1", "c1", 2, end.minusSeconds(3600)),
                    ForecastFixture.point("web1", "c1", 3, end)));
            try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0",
                    "--capacity.tokens=" + TOKENS, "--capacity.reads-need-token=" + guarded)) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port")
                        + "/api/v1/forecasts";
                List<String> wrong = new ArrayList<>();
                for (String secret : SECRETS) {
                    String[] auth = secret.isEmpty() ? new String[0] : new String[] {"Authorization", "Bearer " + secret};
                    int expected = secret.startsWith("wrong") || (secret.isEmpty() && guarded) ? 401 : 200;
                    check(wrong, "GET " + secret, get(base + "?series=cpu&model=naive&horizon=2", auth), expected);
                    check(wrong, "POST " + secret, post(base + "?model=naive&horizon=2", "text/csv", csv, auth),
                            expected);
                    int change = secret.isEmpty() || secret.startsWith("wrong") ? 401 : secret.equals(READ) ? 403
                            : 405;
                    check(wrong, "PUT " + secret, send(base, "PUT", auth), change);
                    check(wrong, "DELETE " + secret, send(base, "DELETE", auth), change);
                }
                assertEquals(List.of(), wrong);
            }
        }
    }

    private static HttpResponse<String> send(String url, String method, String... auth) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        if (auth.length > 0) {
            b.headers(auth);
        }
        return ForecastFixture.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(List<String> wrong, String what, HttpResponse<String> r, int expected) {
        boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith(ProblemJson.MEDIA_TYPE);
        if (r.statusCode() != expected || (expected >= 400) != problem) {
            wrong.add(what + ": " + r.statusCode() + " (expected " + expected + ") " + r.body());
        }
        if (expected == 200) {
            assertTrue(r.body().contains("\"points\""), what + ": " + r.body());
        }
    }
}
