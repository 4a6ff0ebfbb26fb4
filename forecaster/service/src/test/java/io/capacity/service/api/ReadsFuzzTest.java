package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series, points, capacity and what-if endpoints with query values, keys and bodies wrong in every way this test
 * can think of (malformed JSON, wrong types, huge payloads, NaN and Infinity, unknown series and clusters, bad
 * dates), on the demo fleet: never a 500, every error a problem+json body.
 */
class ReadsFuzzTest {
    private static final String SECRET = "reads-fuzz-test-secret-0123";

    @TempDir
    Path dir;

    @Test
    void noQueryKeyOrBodyGivesA500OrAnythingButProblemJson() throws Exception {
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir.resolve("data")), null,
                ServeSettings.of(0, "127.0.0.1").withDemo(new DemoOptions(6, 1))
                        .withSpring("--capacity.tokens=operate fuzz " + SECRET))) {
            String base = "http://127.0.0.1:" + service.port() + "/api/v1";
            List<String> failures = new ArrayList<>();
            String series = "/series?";
            for (String q : List.of("limit=-1", "limit=1e3", "limit=%00", "limit=99999999999999999999", "limit=",
                    "cursor=", "cursor=%ff", "cursor=" + "A".repeat(5000), "cursor=azE6", "cursor=a%2Bb", "tag=",
                    "tag==", "tag=a=b&tag=a=c", "measurement=%E9", "field=%zz", "limit=2&cursor=bm9uZQ", "limit=1000")) {
                get(base + series + q, failures);
            }
            String key = "/series/" + "cpu%2Ccluster%3Ddemo-flat%2Ccpu%3Dcpu-total%2Chost%3Ddemo-flat-005%2C"
                    + "hw_model%3Ddell-r7525-2020%2Corigin%3Ddemo%2Crack%3Ddemo-flat-r1%2Csite%3Ddemo%20usage_idle";
            for (String k : List.of("%20", "a%20b%20c", "cpu", "%E2%82%AC%20x", "x".repeat(5000), "cpu%2C%3D%3D%20x",
                    "net%2Chost%3Dweb1%2Cinterface%3Deth0%20bytes_recv", "cpu%2Chost%3Da%5C%2Cb%20f", "..", "%2E%2E")) {
                get(base + "/series/" + k + "/points", failures);
            }
            for (String q : List.of("from=", "from=2026-13-01T00:00:00Z", "from=%2B999999999-12-31T23:59:59Z",
                    "from=NaN", "to=1e999", "to=2026-12-01", "step=-1h", "step=1ms", "step=PT0S",
                    "step=P1000000000D", "step=99999999999999999999d", "agg=", "agg=MEAN", "agg=p95", "agg=p99",
                    "from=2020-01-01T00:00:00Z&step=10s", "from=1970-01-01T00:00:00Z&to=2199-12-31T00:00:00Z&step=7d",
                    "step=1h&step=2h")) {
                get(base + key + "/points?" + q, failures);
            }
            for (String q : List.of("cluster=", "cluster=%00", "cluster=nope", "dimension=", "dimension=POWER",
                    "dimension=disk", "horizon=0s", "horizon=-1d", "horizon=30m", "horizon=P1000000D",
                    "history=99999d", "history=", "horizon=1h&cluster=demo-nightly", "cluster=" + "c".repeat(3000),
                    "cluster=a&" + "cluster=b&".repeat(120) + "cluster=c")) {
                get(base + "/capacity?" + q, failures);
            }
            List<String> bodies = new ArrayList<>(List.of("", "{", "null", "[]", "5", "\"x\"", "true", "{}",
                    "{\"pue\": null}", "{\"pue\": NaN}", "{\"pue\": Infinity}", "{\"pue\": 1e999}", "{\"pue\": -1}",
                    "{\"pue\": 0}", "{\"tariff\": -1}", "{\"target_util\": 0}", "{\"target_util\": \"0.5\"}",
                    "{\"workload_percent\": \"20\"}", "{\"workload_percent\": 1e308}", "{\"workload_percent\": -1000}",
                    "{\"lead_time\": \"P-1D\"}", "{\"lead_time\": 30}", "{\"boot_time\": \"0s\"}",
                    "{\"add_hosts\": [1]}", "{\"add_hosts\": \"2:x\"}", "{\"add_hosts\": [\"x:y\"]}",
                    "{\"add_hosts\": [\"0:dell-r640-2017:demo-flat\"]}", "{\"remove_hosts\": [null]}",
                    "{\"remove_hosts\": [\"demo-flat-005\", \"ghost\"]}", "{\"extra_demand\": \"x\"}",
                    "{\"extra_demand\": [{}]}", "{\"extra_demand\": []}",
                    "{\"extra_demand\": [{\"series\": \"demo-flat:cpu\", \"points\": [{\"time\": \"bad\", "
                            + "\"value\": 1}]}]}",
                    "{\"extra_demand\": [{\"series\": \"nope\", \"points\": [{\"time\": \"2026-12-01T00:00:00Z\", "
                            + "\"value\": 1}]}]}",
                    "{\"extra_demand\": [{\"series\": \"nope:cpu\", \"points\": [{\"time\": \"2026-12-01T00:00:00Z\", "
                            + "\"value\": 1}]}], \"model\": \"snaive\"}",
                    "{\"extra_demand\": [{\"series\": \"demo-flat:power\", \"points\": [{\"time\": "
                            + "\"2026-12-01T00:00:00Z\", \"value\": 1}]}]}",
                    "{\"extra_demand\": [{\"series\": \"demo-flat:cpu\", \"points\": [{\"time\": "
                            + "\"2026-12-01T00:00:00Z\", \"value\": \"x\"}]}]}",
                    "{\"pue\": 1.2, \"model\": 5}", "{\"pue\": 1.2, \"model\": \"crystal-ball\"}",
                    "{\"pue\": 1.2, \"horizon\": \"0s\"}", "{\"pue\": 1.2, \"horizon\": \"1ms\", \"model\": \"snaive\"}",
                    "{\"pue\": 1.3, \"model\": \"snaive\"}", "{\"" + "k".repeat(5000) + "\": 1}",
                    "{\"pue\": \"" + "x".repeat(2_000_000) + "\"}", "\u00ff\u00fe", "[".repeat(5000) + "]".repeat(5000),
                    "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
            for (String body : bodies) {
                for (String type : new String[] {"application/json", "text/plain", null}) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/what-if"))
                            .header("Authorization", "Bearer " + SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(body));
                    if (type != null) {
                        b.header("Content-Type", type);
                    }
                    check(ApiCalls.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()),
                            "POST what-if " + type + " " + body.substring(0, Math.min(60, body.length())), failures);
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    private static void get(String url, List<String> failures) throws Exception {
        HttpResponse<String> r;
        try {
            r = ApiCalls.get(url);
        } catch (IllegalArgumentException e) {
            return; // a URI the client itself cannot send
        }
        check(r, "GET " + url.substring(0, Math.min(160, url.length())), failures);
    }

    private static void check(HttpResponse<String> r, String what, List<String> failures) {
        String ct = r.headers().firstValue("content-type").orElse("");
        boolean ok = r.statusCode() < 300 || r.statusCode() < 500 && ct.startsWith("application/problem+json")
                && r.body().contains("\"status\":" + r.statusCode());
        if (!ok) {
            failures.add(what + " -> " + r.statusCode() + " " + ct + " "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }
}
