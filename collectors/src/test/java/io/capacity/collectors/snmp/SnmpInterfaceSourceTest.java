package io.capacity.collectors.snmp;

import io.capacity.collectors.it.SchemaConformance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.testkit.SnmpdServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real snmpd, reading this machine's real loopback counters. */
class SnmpInterfaceSourceTest {
    private static SnmpdServer snmpd;

    @BeforeAll
    static void start() throws Exception {
        snmpd = SnmpdServer.start();
    }

    @AfterAll
    static void stop() {
        snmpd.close();
    }

    private static SnmpTarget v2c(String community) {
        return new SnmpTarget("sw1", snmpd.host(), snmpd.port(), SnmpVersion.V2C, community, null,
                Duration.ofMillis(500), 1, Duration.ofSeconds(60),
                new InventoryTags(null, null, "r1", "tor-sw1", "N9K"));
    }

    private static SnmpTarget v3(String authPassword) {
        return new SnmpTarget("sw1-v3", snmpd.host(), snmpd.port(), SnmpVersion.V3, null,
                new SnmpV3User(SnmpdServer.V3_USER, "SHA", authPassword, "AES", SnmpdServer.V3_PRIV_PASSWORD),
                Duration.ofMillis(500), 1, Duration.ofSeconds(60), InventoryTags.EMPTY);
    }

    private static Point loopback(List<Point> points) {
        return points.stream().filter(p -> "lo".equals(p.tags().get("ifName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no lo in " + points));
    }

    @Test
    void v2cRawCountersThenRatesThatMatchTrafficWeSent() throws Exception {
        try (var src = new SnmpInterfaceSource(v2c(SnmpdServer.COMMUNITY),
                new InventoryTags("fra1", null, null, null, null))) {
            Point first = loopback(src.collect(System.nanoTime()));
            assertEquals(MetricSchema.INTERFACE.name(), first.measurement());
            assertEquals("127.0.0.1", first.tags().get("agent_host"));
            assertEquals("tor-sw1", first.tags().get("host"));
            assertEquals("fra1", first.tags().get("site"));
            assertFalse(first.fields().containsKey(MetricSchema.IF_IN_RATE), "first poll has no rate");
            assertFalse(first.fields().containsKey("ifInOctets"), "no 32-bit counters where 64-bit ones exist");
            assertEquals(1L, first.fields().get("ifOperStatus"));
            long in0 = (Long) first.fields().get("ifHCInOctets");

            long sent = sendLoopbackTraffic(8 << 20);
            // snmpd caches interface statistics for a few seconds; poll until the traffic shows.
            Point later = first;
            for (int i = 0; i < 40 && (Long) later.fields().get("ifHCInOctets") - in0 < sent; i++) {
                Thread.sleep(250);
                later = loopback(src.collect(System.nanoTime()));
            }
            SchemaConformance.assertConforms(List.of(first, later));
            assertTrue((Long) later.fields().get("ifHCInOctets") - in0 >= sent, "counter grew by what we sent");
            double rate = (Double) later.fields().get(MetricSchema.IF_IN_RATE);
            assertTrue(rate > 0, "rate " + rate);
            assertTrue(later.fields().containsKey(MetricSchema.IF_OUT_RATE));
        }
    }

    @Test
    void aPortWithout64BitCountersIsCollectedFromIfTable() throws Exception {
        try (var src = new SnmpInterfaceSource(v2c(SnmpdServer.COMMUNITY_32BIT), InventoryTags.EMPTY)) {
            Point first = loopback(src.collect(System.nanoTime()));
            assertFalse(first.fields().containsKey("ifHCInOctets"), first::toString);
            assertFalse(first.fields().containsKey("ifHighSpeed"), first::toString);
            long in0 = (Long) first.fields().get("ifInOctets");
            assertTrue(first.fields().containsKey("ifOutOctets"));
            assertTrue(first.fields().containsKey("ifSpeed"), "ifSpeed stands in for ifHighSpeed");
            assertEquals(1L, first.fields().get("ifOperStatus"), "lo is up");
            assertEquals("lo", first.tags().get("ifDescr"));
            long sent = sendLoopbackTraffic(1 << 20);
            Point later = first;
            for (int i = 0; i < 40 && ((Long) later.fields().get("ifInOctets") - in0 & 0xffff_ffffL) < sent; i++) {
                Thread.sleep(250);
                later = loopback(src.collect(System.nanoTime()));
            }
            SchemaConformance.assertConforms(List.of(first, later));
            assertTrue(((Long) later.fields().get("ifInOctets") - in0 & 0xffff_ffffL) >= sent,
                    "the 32-bit counter grew by what we sent");
            assertTrue((Double) later.fields().get(MetricSchema.IF_IN_RATE) > 0, later::toString);
        }
    }

    @Test
    void theAgentAddressTagCanBeSourceAsTelegrafsAgentHostTag() throws Exception {
        SnmpTarget t = v2c(SnmpdServer.COMMUNITY);
        var asSource = new SnmpTarget(t.name(), t.host(), t.port(), t.version(), t.community(), null, t.timeout(),
                t.retries(), t.interval(), t.inventory(), MetricSchema.IF_TAG_SOURCE);
        try (var src = new SnmpInterfaceSource(asSource, InventoryTags.EMPTY)) {
            Point lo = loopback(src.collect(1L));
            assertEquals("127.0.0.1", lo.tags().get("source"));
            assertFalse(lo.tags().containsKey("agent_host"));
        }
    }

    @Test
    void v3AuthPrivWalksTheSameTable() throws Exception {
        try (var src = new SnmpInterfaceSource(v3(SnmpdServer.V3_AUTH_PASSWORD), InventoryTags.EMPTY)) {
            Point lo = loopback(src.collect(1L));
            assertTrue((Long) lo.fields().get("ifHCInOctets") > 0);
            assertEquals("1", lo.tags().get("ifIndex"));
        }
    }

    @Test
    void wrongV3PasswordOrCommunityFails() throws Exception {
        try (var src = new SnmpInterfaceSource(v3("wrong-auth-pass"), InventoryTags.EMPTY)) {
            assertThrows(CollectorException.class, () -> src.collect(1L));
        }
        try (var src = new SnmpInterfaceSource(v2c("not-public"), InventoryTags.EMPTY)) {
            var e = assertThrows(CollectorException.class, () -> src.collect(1L));
            assertTrue(e.getMessage().contains("no SNMP response"), e.getMessage());
        }
    }

    private static long sendLoopbackTraffic(int bytes) throws Exception {
        byte[] payload = new byte[8192];
        long sent = 0;
        try (DatagramSocket rx = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket tx = new DatagramSocket()) {
            var to = new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), rx.getLocalPort());
            while (sent < bytes) {
                tx.send(to);
                sent += payload.length;
            }
        }
        return sent;
    }
}
