package io.capacity.service.api;

import static io.capacity.service.api.ForecastFixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The forecasts endpoints with queries and bodies wrong in every way this test can think of (malformed JSON, wrong
 * types, huge payloads, NaN and Infinity, unknown series, bad CSV): never a 500, every error a problem+json body,
 * and the store unchanged by all of it.
 */
class ForecastsFuzzTest {
    @TempDir
    Path dir;

    @Test
    void noQueryOrBodyGivesA500OrAnythingButProblemJson() throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<String> queries = List.of("", "?series=", "?series=%20", "?series=*", "?series=cpu,", "?series=cpu,,a=b",
                "?series=cpu,=x", "?series=" + q("cpu,host=web1 usage_user") + "&horizon=-1",
                "?series=cpu&horizon=99999999999", "?series=cpu&horizon=1e3", "?series=cpu&horizon=",
                "?series=cpu&horizon=8761", "?series=cpu&step=0s", "?series=cpu&step=-1h", "?series=cpu&step=1ms",
                "?series=cpu&step=999999999999999999d", "?series=cpu&step=PT", "?series=cpu&levels=",
                "?series=cpu&levels=NaN", "?series=cpu&levels=Infinity", "?series=cpu&levels=-5", "?series=cpu&levels=0",
                "?series=cpu&levels=50,60,70,80,90,95", "?series=cpu&levels=80,,95", "?series=cpu&levels=1e309",
                "?series=cpu&model=", "?series=cpu&model=%00", "?series=cpu&model=" + "m".repeat(5000),
                "?series=cpu&season=0", "?series=cpu&season=x", "?series=cpu&season=100000",
                "?series=cpu&aggregate=", "?series=cpu&aggregate=nope&model=naive", "?series=cpu&series=mem",
                "?series=cpu&horizon=2&horizon=3", "?series=unknown", "?series=" + "x".repeat(10_000),
                "?series=cpu&bogus=1", "?series=cpu&model=naive&horizon=2", "?series=%25ZZ", "?series=cpu%0a");
        List<String> bodies = List.of("", "{", "null", "[]", "5", "\"x\"", "true", "{}", "{\"series\": null}",
                "{\"series\": 5}", "{\"series\": [1, 2, 3]}", "{\"series\": [{\"time\": 1}]}",
                "{\"series\": [{\"time\": \"x\", \"value\": 1}]}", "{\"series\": [{\"time\": true, \"value\": 1}]}",
                "{\"series\": [{\"time\": 1, \"value\": \"1\"}]}", "{\"series\": [{\"time\": 1, \"value\": NaN}]}",
                "{\"times\": [1,2,3], \"values\": [NaN, Infinity, -Infinity]}",
                "{\"times\": [1,2,3], \"values\": [1e999, -1e999, 1]}", "{\"times\": [1,2,3], \"values\": [null,null,null]}",
                "{\"times\": [1,1,1], \"values\": [1,2,3]}", "{\"times\": [3,2,1], \"values\": [1,2,3]}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"horizon\": \"x\"}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"horizon\": 1e9}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"levels\": [\"a\"]}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"levels\": {}}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"step\": 5}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"step\": \"1ms\"}",
                "{\"times\": [1,100000000000], \"values\": [1,2], \"step\": \"1s\"}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"model\": [\"auto\"]}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"model\": \"none\"}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"id\": 7}",
                "{\"times\": [1,2,3], \"values\": [1,2,3], \"extra\": 7}",
                "{\"times\": [\"9999-99-99\",2,3], \"values\": [1,2,3]}",
                "{\"times\": [99999999999999999999999,2,3], \"values\": [1,2,3]}",
                "{\"times\": " + big(200_000) + ", \"values\": " + big(200_000) + "}",
                "{\"" + "k".repeat(5000) + "\": 1}", "{\"a\": " + "[".repeat(5000) + "}",
                "\u00ff\u00fe", "{\"times\": [1,2,3], \"values\": [1,2,3], \"horizon\": 2, \"model\": \"naive\"}");
        List<String> csvs = List.of("", "\n", "timestamp,value", "a,b\n1,2", "timestamp,value\n1", "timestamp,value\n1,2,3",
                "timestamp,value\nx,1", "timestamp,value\n1,x", "timestamp,value\n1,NaN\n2,Infinity\n3,-Infinity",
                "timestamp,value\n1,1\n1,1\n1,1", "series_id,timestamp,value\na,1,1\nb,2,2\nc,3,3",
                "timestamp,value\n\"1,1\n", "timestamp,value\n" + "1,1\n".repeat(200_000),
                "timestamp,value\n2024-01-01T00:00:00Z,1\n2024-01-01T01:00:00Z,2\n2024-01-01T02:00:00Z,3");
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            for (int i = 0; i < 48; i++) {
                store.write(List.of(ForecastFixture.point("web1", "c1", 40 + i % 24, end.minus(Duration.ofHours(i)))));
            }
            int series = store.series(SeriesFilter.all()).size();
            try (ConfigurableApplicationContext ctx = CapacityApplication.start(store, "--capacity.port=0")) {
                String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port")
                        + "/api/v1/forecasts";
                List<String> failures = new ArrayList<>();
                // The few well-formed requests among them are answered: the test can tell an answer from a refusal.
                assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "?series=cpu&model=naive&horizon=2"))
                        .GET()).statusCode());
                assertEquals(200, send(post(base, "application/json", bodies.get(bodies.size() - 1))).statusCode());
                assertEquals(200, send(post(base + "?horizon=2&model=naive", "text/csv", csvs.get(csvs.size() - 1)))
                        .statusCode());
                for (String query : queries) {
                    check(failures, "GET " + query, send(HttpRequest.newBuilder(URI.create(base + query)).GET()));
                }
                for (String body : bodies) {
                    for (String type : List.of("application/json", "application/json; charset=latin1", "text/plain",
                            "application/xml")) {
                        check(failures, "POST " + type + " " + body, send(post(base, type, body)));
                    }
                }
                for (String csv : csvs) {
                    for (String query : List.of("", "?horizon=2&model=naive", "?horizon=0", "?step=x", "?levels=200",
                            "?series=cpu")) {
                        check(failures, "POST csv " + query + " " + csv, send(post(base + query, "text/csv", csv)));
                    }
                }
                assertEquals(List.of(), failures);
            }
            assertEquals(series, store.series(SeriesFilter.all()).size(), "nothing stored");
        }
    }

    private static HttpRequest.Builder post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return ForecastFixture.HTTP.send(b.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(List<String> failures, String what, HttpResponse<String> r) {
        String ct = r.headers().firstValue("content-type").orElse("");
        boolean ok = r.statusCode() == 200 ? ct.startsWith("application/json") && r.body().contains("\"series\"")
                : r.statusCode() < 500 && ct.startsWith("application/problem+json") && r.body().contains("\"status\":");
        if (!ok) {
            failures.add(what.substring(0, Math.min(80, what.length())) + " -> " + r.statusCode() + " " + ct + " "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    /** A JSON array of {@code n} numbers. */
    private static String big(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "," : "").append(1_700_000_000L + i * 3600L);
        }
        return sb.append(']').toString();
    }
}
