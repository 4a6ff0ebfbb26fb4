package io.capacity.collectors.power.redfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.capacity.collectors.it.SchemaConformance;
import io.capacity.collectors.power.control.PowerCommand;
import io.capacity.collectors.power.control.RedfishPowerControl;
import io.capacity.collectors.power.state.PowerStateSource;
import io.capacity.collectors.power.state.RedfishStates;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each computer system's {@code PowerState} from the mockup BMCs over HTTPS, as {@code bmc_power_state}: on,
 * standby after a graceful shutdown the BMC carries out, one point per system of a BMC with several, and unreachable
 * (never off) once the BMC stops answering.
 */
class RedfishStatesTest {
    private static final String SYSTEM = "/redfish/v1/Systems/System.Embedded.1";
    private static final InventoryTags INV = new InventoryTags("fra1", "c1", "r12", "node17", "R650");

    private static RedfishTarget target(RedfishMockServer s) {
        return new RedfishTarget("bmc1", s.url(), RedfishMockServer.USER, RedfishMockServer.PASSWORD,
                RedfishAuth.SESSION, s.caPem, false, Duration.ofSeconds(2), Duration.ofSeconds(30),
                InventoryTags.EMPTY);
    }

    private static PowerStateSource source(RedfishTarget t) throws Exception {
        return new PowerStateSource(PowerStateSource.nameOf(t.name()), new RedfishStates(t), INV,
                RedfishStates.tagsOf(t));
    }

    private static Point only(List<Point> points) {
        SchemaConformance.assertConforms(points);
        assertEquals(1, points.size(), points::toString);
        return points.get(0);
    }

    private static long code(Point p) {
        return p.fields().get(MetricSchema.POWER_STATE_CODE).longValue();
    }

    @Test
    void onStandbyAfterAShutdownThenUnreachableWithTheSameTags() throws Exception {
        var s = new RedfishMockServer("dell-idrac");
        boolean closed = false;
        RedfishTarget t = target(s);
        try (var src = source(t); var control = new RedfishPowerControl(t)) {
            Point on = only(src.collect(1L));
            assertEquals(MetricSchema.POWER_ON, code(on));
            assertEquals(MetricSchema.POWER_STATE.name(), on.measurement());
            assertEquals("127.0.0.1", on.tags().get("address"));
            assertEquals("node17.fra1.example", on.tags().get("source"), "the system's HostName, as its power points");
            assertEquals("System.Embedded.1", on.tags().get(MetricSchema.POWER_STATE_TAG_SYSTEM_ID));
            assertEquals("node17", on.tags().get("host"));
            s.shutdownAfter(100, true);
            control.send(PowerCommand.GRACEFUL_SHUTDOWN);
            long seen = MetricSchema.POWER_ON;
            for (int i = 0; i < 50 && seen != MetricSchema.POWER_STANDBY; i++) {
                Thread.sleep(100);
                seen = code(only(src.collect(2L)));
            }
            assertEquals(MetricSchema.POWER_STANDBY, seen);
            assertEquals("Off", s.powerState(SYSTEM));
            s.put(SYSTEM, "{\"@odata.id\":\"" + SYSTEM + "\",\"Id\":\"System.Embedded.1\",\"HostName\":"
                    + "\"node17.fra1.example\",\"PowerState\":\"PoweringOn\"}");
            assertEquals(MetricSchema.POWER_ON, code(only(src.collect(3L))), "booting draws power: on");
            s.close();
            closed = true;
            Point gone = only(src.collect(4L));
            assertEquals(MetricSchema.POWER_UNREACHABLE, code(gone), "no answer: unreachable, not off");
            assertEquals(on.tags(), gone.tags(), "the same series as the answers before");
        } finally {
            if (!closed) {
                s.close();
            }
        }
    }

    @Test
    void everySystemOfABmcWithSeveralHasItsOwnPoint() throws Exception {
        try (var s = new RedfishMockServer("smartnic-nested"); var src = source(target(s))) {
            List<Point> points = src.collect(1L);
            SchemaConformance.assertConforms(points);
            assertEquals(Map.of("437XR1138R2", "web483", "Card1-SoC", "smartnic1", "Card2-SoC", "smartnic2"),
                    points.stream().collect(Collectors.toMap(
                            p -> p.tags().get(MetricSchema.POWER_STATE_TAG_SYSTEM_ID), p -> p.tags().get("source"))));
            assertEquals(List.of(MetricSchema.POWER_ON, MetricSchema.POWER_ON, MetricSchema.POWER_ON),
                    points.stream().map(RedfishStatesTest::code).toList());
        }
    }

    @Test
    void aPowerStateItDoesNotKnowIsNoStateAndABmcNeverReachedHasItsAddressOnly() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var src = source(target(s))) {
            s.put(SYSTEM, "{\"@odata.id\":\"" + SYSTEM + "\",\"Id\":\"System.Embedded.1\","
                    + "\"PowerState\":\"Sleeping\"}");
            assertEquals(MetricSchema.POWER_UNREACHABLE, code(only(src.collect(1L))));
        }
        RedfishTarget gone = new RedfishTarget("bmc-gone", URI.create("https://127.0.0.1:9"), "u", "p",
                RedfishAuth.BASIC, null, true, Duration.ofMillis(500), Duration.ofSeconds(30), InventoryTags.EMPTY);
        try (var src = source(gone)) {
            Point p = only(src.collect(1L));
            assertEquals(MetricSchema.POWER_UNREACHABLE, code(p));
            assertEquals("127.0.0.1", p.tags().get("address"));
            assertFalse(p.tags().containsKey(MetricSchema.POWER_STATE_TAG_SYSTEM_ID), "no system known: none invented");
        }
    }
}
