package io.capacity.collectors.power.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.agent.AgentConfigLoader;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.source.InventoryTags;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that matches an inventory host to its BMC target. */
class BmcsTest {
    private static IpmiTarget ipmi(String name, String host) {
        return new IpmiTarget(name, "127.0.0.1", 623, "u", "p", 3, Duration.ofSeconds(5), Duration.ofSeconds(60),
                new InventoryTags(null, null, null, host, null), null);
    }

    @Test
    void fromTheCollectorsYamlInventoryHostFirstThenTheTargetName() {
        var config = AgentConfigLoader.parse("""
                redfish:
                  - name: idrac-web1
                    url: https://127.0.0.1:8443
                    username: root
                    password: secret
                    inventory: {host: web1}
                ipmi:
                  - name: web1-ipmi
                    host: 127.0.0.1
                    username: admin
                    password: secret
                    inventory: {host: web1}
                  - name: db2
                    host: 127.0.0.1
                    username: admin
                    password: secret
                  - name: db3
                    host: 127.0.0.1
                    username: admin
                    password: secret
                    inventory: {host: db9}
                """, "collectors.yaml", k -> null, Path.of("/tmp/buffer"));
        Bmcs bmcs = config.bmcs();
        assertEquals("idrac-web1 redfish", describe(bmcs, "web1"), "Redfish before IPMI");
        assertEquals("db2 ipmi", describe(bmcs, "db2"), "no inventory.host: the name");
        assertEquals("db3 ipmi", describe(bmcs, "db9"));
        assertTrue(bmcs.of("db3").isEmpty(), "a target with inventory.host is not matched by its name");
        assertTrue(bmcs.of("web2").isEmpty());
    }

    @Test
    void twoTargetsOfOneProtocolForAHostAreRefusedNamingBoth() {
        Bmcs bmcs = new Bmcs(List.of(), List.of(ipmi("a", "n1"), ipmi("b", "n1")));
        var e = assertThrows(IllegalArgumentException.class, () -> bmcs.of("n1"));
        assertEquals("host n1 matches 2 BMC targets [a, b]: keep inventory.host n1 on one of them", e.getMessage());
    }

    private static String describe(Bmcs bmcs, String host) {
        Bmcs.Bmc b = bmcs.of(host).orElseThrow();
        return b.target() + " " + b.protocol();
    }
}
