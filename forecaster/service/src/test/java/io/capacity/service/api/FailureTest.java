package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A store that fails under a running service: problem+json with no internals, and each failure logged once. */
class FailureTest {
    @TempDir
    Path dir;

    @Test
    void aFailingStoreIsAProblemAndOneLogEntryPerRequest() throws Exception {
        MetricStore store = Stores.open(StoreConfig.embedded(dir));
        try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0");
             LogCapture log = new LogCapture()) {
            store.close();
            String url = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port")
                    + "/api/v1/series";
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 500 || r.statusCode() == 503, r.statusCode() + " " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        r.body());
                assertTrue(r.body().contains("log has the reason"), r.body());
                assertFalse(r.body().contains("Exception") || r.body().contains(dir.toString()), r.body());
            }
            assertEquals(3, log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(
                    ch.qos.logback.classic.Level.WARN)).count(), log.text());
        }
    }
}
