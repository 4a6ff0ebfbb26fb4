package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.delivery.FsyncPolicy;
import io.capacity.collectors.power.redfish.RedfishAuth;
import io.capacity.collectors.snmp.SnmpVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentConfigLoaderTest {
    private static final Map<String, String> ENV = Map.of("INFLUX_PASSWORD", "influx-pw", "BMC_PASSWORD", "bmc-pw",
            "SNMP_AUTH", "auth-pass-1", "SNMP_PRIV", "priv-pass-1");

    private static String resource(String name) throws IOException {
        try (InputStream in = AgentConfigLoaderTest.class.getResourceAsStream("/config/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fullExampleParses() throws IOException {
        AgentConfig c = AgentConfigLoader.parse(resource("full.yaml"), "full.yaml", ENV::get);
        assertEquals("influx-pw", c.influx().password());
        assertFalse(c.influx().toString().contains("influx-pw"), "secrets never printed");
        assertEquals(256L << 20, c.buffer().maxBytes());
        assertEquals(FsyncPolicy.INTERVAL, c.buffer().fsync());
        assertEquals(2000, c.delivery().batchSize());
        assertEquals(Duration.ofMinutes(1), c.delivery().backoff().max());
        assertEquals("fra1", c.inventory().site());
        assertTrue(c.host().perCpu());
        assertEquals(List.of("eth*", "bond0"), c.host().netInterfaces());
        assertEquals(List.of("tmpfs"), c.host().ignoreFs());
        assertEquals(9273, c.metricsPort());
        assertEquals(RedfishAuth.SESSION, c.redfish().get(0).auth());
        assertTrue(c.redfish().get(0).basicFallback());
        assertEquals("R740", c.redfish().get(0).inventory().model());
        assertEquals(17, c.ipmi().get(0).cipherSuite());
        assertEquals("USER", c.ipmi().get(0).privilege());
        assertEquals(List.of("PS1 Input Power", "PS2 Input Power"), c.ipmi().get(0).powerSensors());
        assertEquals(SnmpVersion.V3, c.snmp().get(0).version());
        assertEquals("priv-pass-1", c.snmp().get(0).v3().privPassword());
        assertEquals(SnmpVersion.V2C, c.snmp().get(1).version());
        assertEquals("source", c.snmp().get(0).agentHostTag());
        assertEquals("agent_host", c.snmp().get(1).agentHostTag(), "Telegraf's default");
        assertEquals(Duration.ofSeconds(60), c.snmp().get(1).interval(), "default interval");
        assertNull(c.snmp().get(1).inventory().rack());
    }

    @Test
    void everyProblemIsListedWithItsLine() throws IOException {
        var e = assertThrows(ConfigException.class,
                () -> AgentConfigLoader.parse(resource("broken.yaml"), "broken.yaml", ENV::get));
        List<String> p = e.problems().stream().map(ConfigProblem::toString).toList();
        String all = String.join("\n", p);
        assertTrue(all.contains("broken.yaml:2: influx.url is 'ftp://nowhere'"), all);
        assertTrue(all.contains("broken.yaml:5: buffer.dir is missing"), all);
        assertTrue(all.contains("broken.yaml:5: buffer.max_bytes is 'lots'"), all);
        assertTrue(all.contains("broken.yaml:7: host.interval is '10x'"), all);
        assertTrue(all.contains("broken.yaml:12: redfish[0].password is '${UNSET_VAR}'"), all);
        assertTrue(all.contains("broken.yaml:13: redfish[0].auth is 'kerberos'; expected one of basic, session"), all);
        assertTrue(all.contains("target name is 'bmc1'"), all);
        assertTrue(all.contains("broken.yaml:23: snmp[0].v3.auth_password is '***'"), all);
        assertTrue(all.contains("broken.yaml:24: snmp[0].intervall is 'intervall'; expected a known key"), all);
        assertEquals(9, p.size(), all);
        assertFalse(e.getMessage().contains("short"), "secret values never echoed");
    }

    private static List<String> problems(String yaml) {
        var e = assertThrows(ConfigException.class, () -> AgentConfigLoader.parse(yaml, "c.yaml", ENV::get));
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void outOfRangeValuesDuplicateKeysAndCrossFieldRulesAreListedTogetherInFileOrderOneLineEach() {
        List<String> p = problems("""
                buffer:
                  dir: /tmp/b
                  max_bytes: 99999999999999999999999
                  segment_bytes: 9999999999GiB
                host:
                  interval: 1ms
                delivery:
                  retry_initial: 10s
                  retry_max: 1s
                inventory:
                  site: a
                  site: b
                """);
        assertEquals(List.of(
                "c.yaml:3: buffer.max_bytes is '99999999999999999999999'; expected a size from 4KiB to 1TiB, such as "
                        + "64MiB or 2GiB",
                "c.yaml:4: buffer.segment_bytes is '9999999999GiB'; expected a size from 4KiB to 1TiB, such as 64MiB "
                        + "or 2GiB",
                "c.yaml:6: host.interval is '1ms'; expected at least 1s",
                "c.yaml:9: delivery.retry_max is '1s'; expected at least delivery.retry_initial (10s), the longest "
                        + "wait between retries",
                "c.yaml:12: inventory.site is 'b'; expected each key once; it is also on line 11 (the first one "
                        + "would be used)"), p);
        assertTrue(p.stream().noneMatch(l -> l.contains("PT") || l.contains("For input string")), p::toString);
    }

    @Test
    void everyIntervalHasTheHostsMinimumOfOneSecond() {
        List<String> p = problems("""
                buffer: {dir: /b}
                self_metrics:
                  interval: 200ms
                redfish:
                  - {name: bmc, url: "https://127.0.0.1:9", username: u, password: p, interval: 500ms}
                ipmi:
                  - {name: ipmi, host: 127.0.0.1, username: u, password: p, interval: 999ms}
                snmp:
                  - {name: tor, host: 127.0.0.1, community: public, interval: 1ms}
                """);
        assertEquals(List.of(
                "c.yaml:3: self_metrics.interval is '200ms'; expected at least 1s",
                "c.yaml:5: redfish[0].interval is '500ms'; expected at least 1s",
                "c.yaml:7: ipmi[0].interval is '999ms'; expected at least 1s",
                "c.yaml:9: snmp[0].interval is '1ms'; expected at least 1s"), p);
        AgentConfig c = AgentConfigLoader.parse("""
                buffer: {dir: /b}
                self_metrics: {interval: 1s}
                snmp:
                  - {name: tor, host: 127.0.0.1, community: public, interval: 1000ms}
                """, "c.yaml", ENV::get);
        assertEquals(Duration.ofSeconds(1), c.selfMetricsInterval());
        assertEquals(Duration.ofSeconds(1), c.snmp().get(0).interval());
    }

    @Test
    void aDefaultForTheRetryBoundIsNamedAsSuch() {
        assertEquals(List.of("c.yaml:3: delivery.retry_max is '30s (default)'; expected at least "
                + "delivery.retry_initial (1m), the longest wait between retries"),
                problems("buffer: {dir: /b}\ndelivery:\n  retry_initial: 1m\n"));
    }

    @Test
    void credentialsInTheInfluxUrlAreRefusedWithoutEchoingThem() {
        List<String> p = problems("influx:\n  url: http://writer:s3cret@127.0.0.1:8086\nbuffer: {dir: /b}\n");
        assertEquals(List.of("c.yaml:2: influx.url is 'http://***@127.0.0.1:8086'; expected a URL without "
                + "user:password@ (put credentials in username and password, which may be ${ENV_VAR})"), p);
    }

    @Test
    void bufferDirAndDatabaseHaveTheDefaultsACommandGives() {
        AgentConfig c = AgentConfigLoader.parse("influx: {url: \"http://127.0.0.1:8086\"}\n", "c.yaml", ENV::get,
                java.nio.file.Path.of("/data/buffer"));
        assertEquals(java.nio.file.Path.of("/data/buffer"), c.buffer().dir());
        assertEquals("capacity", c.influx().database());
        assertEquals(List.of("c.yaml: buffer.dir is missing; expected a directory for the disk buffer"),
                problems("host: {enabled: true}\n"), "without a data directory it stays required");
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        var e = assertThrows(ConfigException.class,
                () -> AgentConfigLoader.parse("buffer:\n  dir: /x\n  max_bytes: [1,\n", "bad.yaml", ENV::get));
        assertTrue(e.getMessage().contains("bad.yaml:"), e.getMessage());
    }
}
