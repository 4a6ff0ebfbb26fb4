package io.capacity.collectors.power.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.collectors.it.SchemaConformance;
import io.capacity.collectors.power.control.IpmiPowerControl;
import io.capacity.collectors.power.control.PowerCommand;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.testkit.IpmiSimServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chassis power state of OpenIPMI's real ipmi_sim, as {@code bmc_power_state}: on, standby once a soft power-off
 * has taken the chassis down (the BMC still answering), on again, and unreachable once the BMC stops answering.
 */
class IpmiStatesTest {
    private static final InventoryTags INV = new InventoryTags("fra1", "c1", "r7", "node3", "R650");

    static IpmiTarget target(String host, int port, Duration timeout) {
        return new IpmiTarget("bmc-sim", host, port, IpmiSimServer.USER, IpmiSimServer.PASSWORD,
                IpmiSimServer.CIPHER_SUITE, timeout, Duration.ofSeconds(60), InventoryTags.EMPTY, null);
    }

    private static long code(List<Point> points) {
        SchemaConformance.assertConforms(points);
        assertEquals(1, points.size(), points::toString);
        Point p = points.get(0);
        assertEquals(MetricSchema.POWER_STATE.name(), p.measurement());
        assertEquals("127.0.0.1", p.tags().get("server"), "tagged as the BMC's ipmi_sensor points");
        assertEquals("node3", p.tags().get("host"));
        return p.fields().get(MetricSchema.POWER_STATE_CODE).longValue();
    }

    @Test
    void onThenStandbyThenOnThenUnreachable() throws Exception {
        IpmiSimServer bmc = IpmiSimServer.start(300, new IpmiSimServer.Chassis(true, Duration.ofMillis(300), true));
        boolean closed = false;
        IpmiTarget t = target(bmc.host(), bmc.port(), Duration.ofSeconds(3));
        try (var src = new PowerStateSource(PowerStateSource.nameOf("bmc-sim"), new IpmiStates(t), INV,
                IpmiStates.tagsOf(t)); var control = new IpmiPowerControl(t)) {
            assertEquals(MetricSchema.POWER_ON, code(src.collect(1L)));
            control.send(PowerCommand.GRACEFUL_SHUTDOWN);
            long seen = MetricSchema.POWER_ON;
            for (int i = 0; i < 50 && seen != MetricSchema.POWER_STANDBY; i++) {
                Thread.sleep(100);
                seen = code(src.collect(2L));
            }
            assertEquals(MetricSchema.POWER_STANDBY, seen, "host off, BMC answering: standby, not off");
            assertEquals("off", bmc.chassisPower());
            control.send(PowerCommand.ON);
            assertEquals(MetricSchema.POWER_ON, code(src.collect(3L)));
            bmc.close();
            closed = true;
            long t0 = System.nanoTime();
            assertEquals(MetricSchema.POWER_UNREACHABLE, code(src.collect(4L)), "no answer is unreachable, never off");
            assertEquals(true, System.nanoTime() - t0 < 10_000_000_000L, "within the timeout");
        } finally {
            if (!closed) {
                bmc.close();
            }
        }
    }

    @Test
    void aBmcThatNeverAnsweredIsWrittenUnreachableWithTheTargetsTags() throws Exception {
        int closedPort;
        try (var s = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        IpmiTarget t = target("127.0.0.1", closedPort, Duration.ofSeconds(2));
        try (var src = new PowerStateSource("gone/power_state", new IpmiStates(t), INV, IpmiStates.tagsOf(t))) {
            List<Point> points = src.collect(5L);
            assertEquals(MetricSchema.POWER_UNREACHABLE, code(points));
            assertEquals(Map.of("server", "127.0.0.1"), IpmiStates.tagsOf(t));
        }
    }
}
