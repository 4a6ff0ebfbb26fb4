package io.capacity.collectors.power.redfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.it.SchemaConformance;
import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedfishPowerSourceTest {
    private static final InventoryTags INV = new InventoryTags("fra1", "c1", "r12", null, "R650");

    private RedfishTarget target(RedfishMockServer s, RedfishAuth auth, String password, Duration timeout,
                                 boolean insecure, boolean withCa) {
        return new RedfishTarget("bmc1", s.url(), RedfishMockServer.USER, password, auth,
                withCa ? s.caPem : null, insecure, timeout, Duration.ofSeconds(30),
                new InventoryTags(null, null, null, "node17", null));
    }

    private RedfishTarget target(RedfishMockServer s, RedfishAuth auth) {
        return target(s, auth, RedfishMockServer.PASSWORD, Duration.ofSeconds(5), false, true);
    }

    private static Point only(List<Point> points) {
        SchemaConformance.assertConforms(points);
        assertEquals(1, points.size(), () -> "points: " + points);
        return points.get(0);
    }

    @Test
    void dellPowerControlWithMetricsAndAnEnclosureWithoutPower() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1_000L));
            assertEquals(MetricSchema.REDFISH_POWER.name(), p.measurement());
            assertEquals(Map.of("power_consumed_watts", 312.0, "power_capacity_watts", 1260.0,
                    "power_allocated_watts", 1260.0, "power_requested_watts", 567.0, "average_consumed_watts", 305.0,
                    "min_consumed_watts", 290.0, "max_consumed_watts", 350.0), p.fields());
            assertEquals("System.Embedded.1", p.tags().get("source"));
            assertEquals("System Power Control", p.tags().get("name"));
            assertEquals("PowerControl", p.tags().get("member_id"));
            assertEquals("127.0.0.1", p.tags().get("address"));
            assertEquals("node17", p.tags().get("host"), "target's own inventory wins");
            assertEquals("fra1", p.tags().get("site"), "defaults fill the rest");
            assertEquals("R650", p.tags().get("hw_model"));
            assertEquals(1_000L, p.timeNanos());
        }
    }

    @Test
    void hpeTrailingSlashesOemSectionsAndSessions() throws Exception {
        try (var s = new RedfishMockServer("hpe-ilo")) {
            try (var src = new RedfishPowerSource(target(s, RedfishAuth.SESSION), INV)) {
                Point p = only(src.collect(1L));
                assertEquals(187.0, p.fields().get("power_consumed_watts"));
                assertEquals(190.0, p.fields().get("average_consumed_watts"));
                assertEquals("1", p.tags().get("source"));
                assertEquals("0", p.tags().get("member_id"));
                assertEquals("PowerControl", p.tags().get("name"), "no Name in iLO's PowerControl");
                src.collect(2L);
                assertEquals(1, s.logins.get(), "token reused across polls");
                s.expireSessions();
                assertEquals(187.0, only(src.collect(3L)).fields().get("power_consumed_watts"));
                assertEquals(2, s.logins.get(), "logged in again after 401");
            }
            assertEquals(1, s.logouts.get(), "session deleted on close");
        }
    }

    @Test
    void supermicroNullFieldsAreLeftOutAndEmptyPowerControlIsSkipped() throws Exception {
        try (var s = new RedfishMockServer("supermicro");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1L));
            assertEquals(Map.of("power_consumed_watts", 236.0, "average_consumed_watts", 236.0,
                    "min_consumed_watts", 220.0, "max_consumed_watts", 260.0), p.fields());
        }
    }

    @Test
    void environmentMetricsAndPowerSubsystemOnly() throws Exception {
        try (var s = new RedfishMockServer("modern-subsystem");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1L));
            assertEquals(Map.of("power_consumed_watts", 421.5, "power_capacity_watts", 2400.0,
                    "power_allocated_watts", 1800.0, "power_requested_watts", 1500.0), p.fields());
            assertEquals("Chassis_0", p.tags().get("source"));
        }
    }

    @Test
    void serverErrorFailsThePollAndTheNextPollRecovers() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            s.fail("/redfish/v1/Chassis/System.Embedded.1/Power", 500);
            var e = assertThrows(CollectorException.class, () -> src.collect(1L));
            assertTrue(e.getMessage().contains("500"), e.getMessage());
            s.clearFaults();
            assertEquals(312.0, only(src.collect(2L)).fields().get("power_consumed_watts"));
        }
    }

    @Test
    void slowResponseTripsThePerTargetTimeout() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC, RedfishMockServer.PASSWORD,
                     Duration.ofMillis(300), false, true), INV)) {
            s.delay("/redfish/v1/Chassis/System.Embedded.1/Power", 3000);
            long t0 = System.nanoTime();
            var e = assertThrows(CollectorException.class, () -> src.collect(1L));
            long tookMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(tookMs < 2500, "gave up after " + tookMs + " ms");
        }
    }

    @Test
    void wrongPasswordIsReportedWithoutLeakingIt() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac")) {
            for (RedfishAuth auth : RedfishAuth.values()) {
                try (var src = new RedfishPowerSource(target(s, auth, "wrong-pw-123", Duration.ofSeconds(5), false,
                        true), INV)) {
                    var e = assertThrows(CollectorException.class, () -> src.collect(1L));
                    assertTrue(e.getMessage().contains("401"), e.getMessage());
                    assertFalse(e.getMessage().contains("wrong-pw-123"));
                }
            }
        }
    }

    @Test
    void certificateIsCheckedUnlessTrustedOrExplicitlyInsecure() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac")) {
            try (var untrusted = new RedfishPowerSource(target(s, RedfishAuth.BASIC, RedfishMockServer.PASSWORD,
                    Duration.ofSeconds(5), false, false), INV)) {
                assertThrows(CollectorException.class, () -> untrusted.collect(1L));
            }
            try (var insecure = new RedfishPowerSource(target(s, RedfishAuth.BASIC, RedfishMockServer.PASSWORD,
                    Duration.ofSeconds(5), true, false), INV)) {
                assertEquals(1, insecure.collect(1L).size());
            }
        }
    }
}
