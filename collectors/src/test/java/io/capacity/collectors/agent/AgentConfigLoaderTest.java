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
        assertEquals(9273, c.metricsPort());
        assertEquals(RedfishAuth.SESSION, c.redfish().get(0).auth());
        assertEquals("R740", c.redfish().get(0).inventory().model());
        assertEquals(17, c.ipmi().get(0).cipherSuite());
        assertEquals(SnmpVersion.V3, c.snmp().get(0).version());
        assertEquals("priv-pass-1", c.snmp().get(0).v3().privPassword());
        assertEquals(SnmpVersion.V2C, c.snmp().get(1).version());
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

    @Test
    void syntaxErrorsCarryTheirLine() {
        var e = assertThrows(ConfigException.class,
                () -> AgentConfigLoader.parse("buffer:\n  dir: /x\n  max_bytes: [1,\n", "bad.yaml", ENV::get));
        assertTrue(e.getMessage().contains("bad.yaml:"), e.getMessage());
    }
}
