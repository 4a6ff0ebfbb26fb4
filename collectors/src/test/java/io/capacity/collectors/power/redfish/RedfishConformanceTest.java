package io.capacity.collectors.power.redfish;

import static io.capacity.collectors.it.TelegrafFixture.assertSameShape;

import io.capacity.collectors.it.TelegrafFixture;
import io.capacity.collectors.it.TelegrafFixture.Differences;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The iDRAC-shaped mockup over HTTPS against Telegraf's redfish power output for the same PowerControl. */
class RedfishConformanceTest {
    @Test
    void powerControlOfADellBmc() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac");
             var src = new RedfishPowerSource(new RedfishTarget("bmc", s.url(), RedfishMockServer.USER,
                     RedfishMockServer.PASSWORD, RedfishAuth.BASIC, s.caPem, false, Duration.ofSeconds(5),
                     Duration.ofSeconds(60), InventoryTags.EMPTY), new InventoryTags("fra1", null, null, "web1", null))) {
            Point ours = src.collect(1L).get(0);
            Point telegraf = TelegrafFixture.load("redfish_power_powercontrol").line(Map.of());
            assertSameShape(telegraf, ours, new Differences(Set.of(MetricSchema.REDFISH_TAG_CHASSIS_ID), Set.of(),
                    Set.of()));
        }
    }
}
