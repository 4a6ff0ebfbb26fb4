package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.it.MemorySink;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.snmp.SnmpTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentTest {
    @TempDir
    Path dir;

    @Test
    void unreachableTargetsAreCountedAndRetriedWhileTheHostKeepsFlowing() throws Exception {
        String yaml = """
                buffer: {dir: %s}
                delivery: {batch_size: 100, linger: 100ms}
                inventory: {site: lab, cluster: c0}
                self_metrics: {port: 0}
                redfish:
                  - {name: bmc-gone, url: "https://127.0.0.1:9", username: u, password: p, auth: basic, timeout: 300ms}
                snmp:
                  - {name: tor-gone, host: 127.0.0.1, port: 9, community: public, timeout: 100ms, retries: 0}
                """.formatted(dir.resolve("buf"));
        AgentConfig c = AgentConfigLoader.parse(yaml, "agent-test.yaml", name -> null);
        // Faster than a config file allows (every interval is at least 1s there), to keep the test short.
        Duration fast = Duration.ofMillis(200);
        RedfishTarget r = c.redfish().get(0);
        SnmpTarget t = c.snmp().get(0);
        AgentConfig config = new AgentConfig(c.influx(), c.buffer(), c.delivery(), c.inventory(),
                new HostSamplerConfig(true, fast, false, 60), fast, c.metricsPort(),
                List.of(new RedfishTarget(r.name(), r.url(), r.username(), r.password(), r.auth(), r.caFile(),
                        r.insecure(), r.timeout(), fast, r.inventory())), c.ipmi(),
                List.of(new SnmpTarget(t.name(), t.host(), t.port(), t.version(), t.community(), t.v3(), t.timeout(),
                        t.retries(), fast, t.inventory())));
        MemorySink sink = new MemorySink();
        String metrics;
        try (Agent agent = Agent.builder(config).sink(sink).build()) {
            agent.start();
            // Polled rather than a fixed wait: on a loaded machine a target's first poll (loading its TLS client)
            // alone can take seconds.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            do {
                Thread.sleep(200);
                metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + agent.metricsPort() + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } while ((errors(metrics, "tor-gone") < 3 || errors(metrics, "bmc-gone") < 3 || sink.count("mem") < 5)
                    && System.nanoTime() < deadline);
        }
        assertTrue(sink.count("mem") >= 5, "host kept sampling: " + sink.count("mem"));
        assertTrue(sink.stored.stream().filter(p -> p.measurement().equals("mem"))
                .allMatch(p -> "lab".equals(p.tags().get("site")) && p.tags().get("host") != null));
        assertTrue(errors(metrics, "tor-gone") >= 3, metrics);
        assertTrue(errors(metrics, "bmc-gone") >= 3, metrics);
        assertTrue(errors(metrics, "host") == 0, metrics);
        assertTrue(sink.stored.stream().anyMatch(p -> p.measurement().equals("capacity_agent")
                && "tor-gone".equals(p.tags().get("target")) && p.fields().get("collect_errors").longValue() >= 3));
        // Beside the BMC's failing power source, its state source writes it unreachable (never off) every poll.
        assertTrue(sink.stored.stream().anyMatch(p -> p.measurement().equals("bmc_power_state")
                && "bmc-gone".equals(p.tags().get("host")) && "127.0.0.1".equals(p.tags().get("address"))
                && p.fields().get("state_code").longValue() == -1), "unreachable state points");
        assertTrue(sink.stored.stream().filter(p -> p.measurement().equals("bmc_power_state"))
                .allMatch(p -> p.fields().get("state_code").longValue() == -1), "only unreachable ones");
        // Its polls succeed (a failure would be a cut-off at the deadline, e.g. the first TLS set-up under load).
        Matcher collected = Pattern.compile("capacity_agent_target_points_collected_total\\{target="
                + "\"bmc-gone/power_state\"} (\\d+)").matcher(metrics);
        assertTrue(collected.find() && Long.parseLong(collected.group(1)) > 0, metrics);
    }

    private static long errors(String metrics, String target) {
        Matcher m = Pattern.compile("capacity_agent_target_collect_errors_total\\{target=\"" + Pattern.quote(target)
                + "\"} (\\d+)").matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
