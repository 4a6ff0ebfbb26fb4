package io.capacity.collectors.power.ipmi;

import static io.capacity.collectors.it.TelegrafFixture.assertSameShape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.collectors.it.TelegrafFixture;
import io.capacity.collectors.it.TelegrafFixture.Differences;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.Point;
import io.capacity.testkit.IpmiSimServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What we write for a BMC against Telegraf's ipmi_sensor (metric_version 1) for the same sensors. */
class IpmiConformanceTest {
    private static final TelegrafFixture TELEGRAF = TelegrafFixture.load("ipmi_sensor");

    @Test
    void sdrWattsSensorOfARealSimulatedBmc() throws Exception {
        try (var bmc = IpmiSimServer.start(300)) {
            var target = new IpmiTarget("bmc", bmc.host(), bmc.port(), IpmiSimServer.USER, IpmiSimServer.PASSWORD,
                    IpmiSimServer.CIPHER_SUITE, Duration.ofSeconds(10), Duration.ofSeconds(60), InventoryTags.EMPTY,
                    null);
            List<Point> ours = new IpmiPowerSource(target, new InventoryTags("fra1", null, null, "web1", null))
                    .collect(1L);
            Point telegraf = TELEGRAF.line(Map.of("name", "psu_power"));
            assertSameShape(telegraf, ours.get(0), Differences.NONE);
            assertEquals(telegraf.tags().get("name"), ours.get(0).tags().get("name"), "PSU Power, transformed alike");
        }
    }

    @Test
    void dcmiReadingAsIpmitoolPrintsIt() {
        // The layout of ipmitool 1.8.19's lib/ipmi_dcmi.c (label, colon, padding, "%8d Watts").
        String out = "\n    Instantaneous power reading:                   245 Watts\n"
                + "    Minimum during sampling period:                 88 Watts\n"
                + "    Power reading state is:                   activated\n";
        IpmiOutput.Dcmi dcmi = IpmiOutput.dcmi(0, out);
        var src = new IpmiPowerSource(new IpmiTarget("bmc", "10.0.0.8", 623, "u", "p", null, Duration.ofSeconds(5),
                Duration.ofSeconds(60), InventoryTags.EMPTY, null), InventoryTags.EMPTY);
        Point ours = src.point("instantaneous_power_reading", dcmi.readings().get("instantaneous_power_reading"),
                null, 1L);
        assertSameShape(TELEGRAF.line(Map.of("name", "instantaneous_power_reading")), ours, Differences.NONE);
        assertEquals(Map.of("instantaneous_power_reading", 245.0, "minimum_during_sampling_period", 88.0),
                dcmi.readings());
    }
}
