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
                    "min_consumed_watts", 290.0, "max_consumed_watts", 350.0, "power_available_watts", 0.0,
                    "interval_in_min", 1L), p.fields());
            assertEquals("System.Embedded.1", p.tags().get(MetricSchema.REDFISH_TAG_CHASSIS_ID));
            assertEquals("node17.fra1.example", p.tags().get("source"), "the system's HostName, as Telegraf");
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
    void ilo5RedirectsToTrailingSlashesOemSectionsAndSessions() throws Exception {
        try (var s = new RedfishMockServer("hpe-ilo")) {
            s.redirectToTrailingSlash(true);
            try (var src = new RedfishPowerSource(target(s, RedfishAuth.SESSION), INV)) {
                Point p = only(src.collect(1L));
                assertEquals(187.0, p.fields().get("power_consumed_watts"));
                assertEquals(190.0, p.fields().get("average_consumed_watts"));
                assertEquals("1", p.tags().get(MetricSchema.REDFISH_TAG_CHASSIS_ID));
                assertEquals("dl380-07", p.tags().get("source"));
                assertEquals("0", p.tags().get("member_id"));
                assertFalse(p.tags().containsKey("name"), "no Name in iLO's PowerControl: no tag, none invented");
                assertEquals(0, s.withoutODataVersion.get(), "every request says OData-Version: 4.0");
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
    void theBareServiceRootIsRedirectedAndFollowed() throws Exception {
        try (var s = new RedfishMockServer("hpe-ilo")) {
            s.redirectToTrailingSlash(true);
            try (var client = new RedfishClient(target(s, RedfishAuth.BASIC))) {
                assertEquals("RootService", client.get("/redfish/v1").path("Id").asString());
                assertEquals(1, s.redirects.get(), "a 308 from /redfish/v1 to /redfish/v1/");
                assertEquals("1", client.get("/redfish/v1/Chassis/1").path("Id").asString(),
                        "credentials go along to the redirected path on the same BMC");
                assertEquals(2, s.redirects.get());
            }
            try (var client = new RedfishClient(target(s, RedfishAuth.SESSION))) {
                assertEquals("1", client.get("/redfish/v1/Systems/1").path("Id").asString(), "with a session too");
            }
        }
    }

    @Test
    void ilo4PowerControlWithoutNameOrMemberIdGetsNoSuchTags() throws Exception {
        try (var s = new RedfishMockServer("hpe-ilo4");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1L));
            assertEquals(143.0, p.fields().get("power_consumed_watts"));
            assertFalse(p.tags().containsKey("name"), p::toString);
            assertFalse(p.tags().containsKey("member_id"), p::toString);
            assertEquals("dl360-g9-03", p.tags().get("source"));
        }
    }

    @Test
    void nestedChassisAreCountedOnce() throws Exception {
        try (var s = new RedfishMockServer("smartnic-nested");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1L));
            assertEquals("1U", p.tags().get(MetricSchema.REDFISH_TAG_CHASSIS_ID), "the cards are inside 1U");
            assertEquals("web483", p.tags().get("source"));
            assertEquals(Map.of("power_consumed_watts", 374.0, "power_capacity_watts", 1600.0,
                    "power_allocated_watts", 800.0, "power_requested_watts", 600.0), p.fields());
        }
    }

    @Test
    void aCapacityOnlyPowerSubsystemDoesNotHideTheLegacyConsumption() throws Exception {
        try (var s = new RedfishMockServer("lenovo-xcc");
             var src = new RedfishPowerSource(target(s, RedfishAuth.SESSION), INV)) {
            Point p = only(src.collect(1L));
            assertEquals(268.0, p.fields().get("power_consumed_watts"), "from Power, which PowerSubsystem lacks");
            assertEquals(1100.0, p.fields().get("power_capacity_watts"));
            assertEquals(262.5, p.fields().get("average_consumed_watts"));
            assertFalse(p.fields().containsKey("power_requested_watts"), "null is left out, not 0");
            assertEquals("Server Power Control", p.tags().get("name"));
            assertFalse(p.tags().containsKey("source"), "an empty HostName gives no source tag");
            assertEquals(1, s.logins.get(), "logged in at /redfish/v1/Sessions, as Links.Sessions says");
        }
    }

    @Test
    void aFullSessionTableFallsBackToBasicAuthOnlyWhenConfigured() throws Exception {
        try (var s = new RedfishMockServer("supermicro")) {
            s.sessionLimit(0);
            try (var strict = new RedfishPowerSource(target(s, RedfishAuth.SESSION), INV)) {
                var e = assertThrows(CollectorException.class, () -> strict.collect(1L));
                assertTrue(e.getMessage().contains("session limit"), e.getMessage());
            }
            RedfishTarget t = target(s, RedfishAuth.SESSION);
            RedfishTarget lenient = new RedfishTarget(t.name(), t.url(), t.username(), t.password(), t.auth(),
                    t.caFile(), t.insecure(), t.timeout(), t.interval(), t.inventory(), true);
            try (var src = new RedfishPowerSource(lenient, INV)) {
                assertEquals(236.0, only(src.collect(1L)).fields().get("power_consumed_watts"));
                assertEquals(0, s.logins.get());
            }
        }
    }

    @Test
    void supermicroNullFieldsAreLeftOutAndEmptyPowerControlIsSkipped() throws Exception {
        try (var s = new RedfishMockServer("supermicro");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1L));
            assertEquals(Map.of("power_consumed_watts", 236.0, "average_consumed_watts", 236.0,
                    "min_consumed_watts", 220.0, "max_consumed_watts", 260.0, "interval_in_min", 5L), p.fields());
        }
    }

    @Test
    void environmentMetricsAndPowerSubsystemOnly() throws Exception {
        try (var s = new RedfishMockServer("modern-subsystem");
             var src = new RedfishPowerSource(target(s, RedfishAuth.BASIC), INV)) {
            Point p = only(src.collect(1L));
            assertEquals(Map.of("power_consumed_watts", 421.5, "power_capacity_watts", 2400.0,
                    "power_allocated_watts", 1800.0, "power_requested_watts", 1500.0), p.fields());
            assertEquals("Chassis_0", p.tags().get(MetricSchema.REDFISH_TAG_CHASSIS_ID));
            assertFalse(p.tags().containsKey("source"), "no Systems collection: no HostName to tag");
            assertFalse(p.tags().containsKey("name"), "no PowerControl: no name invented");
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
