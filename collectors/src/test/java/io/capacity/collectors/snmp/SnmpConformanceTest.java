package io.capacity.collectors.snmp;

import static io.capacity.collectors.it.TelegrafFixture.assertSameShape;

import io.capacity.collectors.it.TelegrafFixture;
import io.capacity.collectors.it.TelegrafFixture.Differences;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.testkit.SnmpdServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real snmpd's loopback row against Telegraf's "interface" table of docs/collectors.md's snippet, with and
 * without 64-bit counters. Telegraf writes the snippet's ifTable counters beside the HC ones where both exist;
 * we write the 32-bit ones only where the HC ones are missing, so a sum over both never counts a port twice.
 */
class SnmpConformanceTest {
    private static final TelegrafFixture TELEGRAF = TelegrafFixture.load("interface");
    private static final Differences RATES = new Differences(Set.of(),
            Set.of(MetricSchema.IF_IN_RATE, MetricSchema.IF_OUT_RATE), Set.of());
    private static SnmpdServer snmpd;

    @BeforeAll
    static void start() throws Exception {
        snmpd = SnmpdServer.start();
    }

    @AfterAll
    static void stop() {
        snmpd.close();
    }

    private static Point loopback(String community) throws Exception {
        var t = new SnmpTarget("sw", snmpd.host(), snmpd.port(), SnmpVersion.V2C, community, null,
                Duration.ofMillis(500), 1, Duration.ofSeconds(60), InventoryTags.EMPTY);
        try (var src = new SnmpInterfaceSource(t, new InventoryTags("fra1", null, null, "web1", null))) {
            List<Point> points = src.collect(1L);
            points = src.collect(2L); // with rates
            return points.stream().filter(p -> "lo".equals(p.tags().get("ifName"))).findFirst().orElseThrow();
        }
    }

    @Test
    void aPortWithHcCounters() throws Exception {
        // lo has no ifAlias: the tag is left out, as Telegraf leaves out empty tags.
        Point ours = loopback(SnmpdServer.COMMUNITY);
        Point telegraf = TELEGRAF.line(Map.of("ifIndex", "1"));
        assertSameShape(withoutTag(telegraf, "ifAlias"), ours, RATES);
    }

    @Test
    void aPortWithoutHcCounters() throws Exception {
        assertSameShape(TELEGRAF.line(Map.of("ifIndex", "2")), loopback(SnmpdServer.COMMUNITY_32BIT), RATES);
    }

    private static Point withoutTag(Point p, String tag) {
        var tags = new java.util.TreeMap<>(p.tags());
        tags.remove(tag);
        return new Point(p.measurement(), tags, p.fields(), p.timeNanos());
    }
}
