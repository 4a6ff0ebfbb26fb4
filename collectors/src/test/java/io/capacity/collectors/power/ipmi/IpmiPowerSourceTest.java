package io.capacity.collectors.power.ipmi;

import io.capacity.collectors.it.SchemaConformance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.testkit.IpmiSimServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against OpenIPMI's real ipmi_sim, which lacks DCMI: the SDR fallback is what runs. */
class IpmiPowerSourceTest {
    private static IpmiSimServer bmc;

    @BeforeAll
    static void start() throws Exception {
        bmc = IpmiSimServer.start(300);
    }

    @AfterAll
    static void stop() {
        bmc.close();
    }

    private static IpmiTarget target(String password, Duration timeout) {
        return new IpmiTarget("bmc-sim", bmc.host(), bmc.port(), IpmiSimServer.USER, password,
                IpmiSimServer.CIPHER_SUITE, timeout, Duration.ofSeconds(60),
                new InventoryTags(null, null, "r7", "node3", null), null);
    }

    @Test
    void fallsBackToSdrWattsSensorAndFollowsTheSensorFile() throws Exception {
        var src = new IpmiPowerSource(target(IpmiSimServer.PASSWORD, Duration.ofSeconds(10)),
                new InventoryTags("fra1", "c1", null, null, "R650"));
        List<Point> points = src.collect(42L);
        SchemaConformance.assertConforms(points);
        assertFalse(src.usingDcmi(), "ipmi_sim has no DCMI");
        assertEquals(1, points.size(), points::toString);
        Point p = points.get(0);
        assertEquals(MetricSchema.IPMI_SENSOR.name(), p.measurement());
        assertEquals("psu_power", p.tags().get("name"));
        assertEquals("watts", p.tags().get("unit"));
        assertEquals("127.0.0.1", p.tags().get("server"));
        assertEquals("node3", p.tags().get("host"));
        assertEquals("fra1", p.tags().get("site"));
        assertEquals(300.0, p.fields().get("value"));
        assertEquals(1L, p.fields().get("status"));

        bmc.setPowerWatts(412);
        double seen = 0;
        for (int i = 0; i < 40 && seen != 412.0; i++) {
            Thread.sleep(100);
            seen = (Double) src.collect(43L).get(0).fields().get("value");
        }
        assertEquals(412.0, seen, "the simulator polls its sensor file once a second");
        bmc.setPowerWatts(300);
    }

    @Test
    void aTotalSensorBesideSupplyInputsIsWrittenAloneElseTheInputsAreCountedOnce() throws Exception {
        var sensors = new java.util.LinkedHashMap<String, Integer>();
        sensors.put("PS2 Input Power", 120);
        sensors.put("CPU Power", 90);
        sensors.put("Pwr Consumption", 404);
        try (var withTotal = IpmiSimServer.start(300, IpmiSimServer.Chassis.DEFAULT, sensors)) {
            var src = new IpmiPowerSource(target(withTotal, IpmiSimServer.PASSWORD, null), InventoryTags.EMPTY);
            List<Point> points = src.collect(1L);
            SchemaConformance.assertConforms(points);
            assertEquals(1, points.size(), points::toString);
            assertEquals("pwr_consumption", points.get(0).tags().get("name"));
            assertEquals(404.0, points.get(0).fields().get("value"));
        }
        sensors.remove("Pwr Consumption");
        try (var noTotal = IpmiSimServer.start(300, IpmiSimServer.Chassis.DEFAULT, sensors)) {
            var src = new IpmiPowerSource(target(noTotal, IpmiSimServer.PASSWORD, null), InventoryTags.EMPTY);
            List<Point> points = src.collect(1L);
            assertEquals(java.util.Set.of("psu_power", "ps2_input_power"),
                    points.stream().map(p -> p.tags().get("name")).collect(java.util.stream.Collectors.toSet()));
            assertEquals(420.0, points.stream().mapToDouble(p -> p.fields().get("value").doubleValue()).sum(),
                    "both supply inputs, the CPU's share not added to them");
        }
    }

    @Test
    void aReadOnlyPrivilegeIsPassedToIpmitool() throws Exception {
        var src = new IpmiPowerSource(target(bmc, IpmiSimServer.PASSWORD, "USER"), InventoryTags.EMPTY);
        assertEquals(300.0, src.collect(1L).get(0).fields().get("value"), "sensors read at USER level");
        assertFalse(src.usingDcmi(), "ipmi_sim refuses DCMI to USER (D4h), a definitive answer");
        String asUser = new Ipmitool(target(bmc, IpmiSimServer.PASSWORD, "USER")).run("dcmi", "power", "reading")
                .output();
        String asAdmin = new Ipmitool(target(bmc, IpmiSimServer.PASSWORD, null)).run("dcmi", "power", "reading")
                .output();
        assertTrue(asUser.contains("(d4)"), "the BMC saw the USER session: " + asUser);
        assertFalse(asAdmin.contains("(d4)"), "without -L ipmitool opens an ADMINISTRATOR session: " + asAdmin);
    }

    private static IpmiTarget target(IpmiSimServer sim, String password, String privilege) {
        return new IpmiTarget("bmc-sim", sim.host(), sim.port(), IpmiSimServer.USER, password,
                IpmiSimServer.CIPHER_SUITE, Duration.ofSeconds(10), Duration.ofSeconds(60), InventoryTags.EMPTY, null,
                privilege, null);
    }

    @Test
    void wrongPasswordFailsWithoutShowingIt() {
        var src = new IpmiPowerSource(target("not-the-password", Duration.ofSeconds(10)), InventoryTags.EMPTY);
        var e = assertThrows(CollectorException.class, () -> src.collect(1L));
        assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
    }

    @Test
    void unreachableBmcFailsWithinTheTimeout() throws Exception {
        int closedPort;
        try (var s = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        var t = new IpmiTarget("gone", "127.0.0.1", closedPort, "u", "p", 3, Duration.ofSeconds(2),
                Duration.ofSeconds(60), InventoryTags.EMPTY, null);
        long t0 = System.nanoTime();
        var src = new IpmiPowerSource(t, InventoryTags.EMPTY);
        assertThrows(CollectorException.class, () -> src.collect(1L));
        assertTrue(System.nanoTime() - t0 < 7_000_000_000L, "one run of at most 2 s, plus start-up");
        assertTrue(src.usingDcmi(), "no answer is not a definitive one: DCMI stays, no switch to SDR names");
    }
}
