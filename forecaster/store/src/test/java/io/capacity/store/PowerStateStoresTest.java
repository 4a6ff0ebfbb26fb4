package io.capacity.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.power.control.IpmiPowerControl;
import io.capacity.collectors.power.control.PowerCommand;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.state.IpmiStates;
import io.capacity.collectors.power.state.PowerStateSource;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.open.Stores;
import io.capacity.testkit.InfluxdServer;
import io.capacity.testkit.IpmiSimServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's power state as its BMC reports it (OpenIPMI's real ipmi_sim: on, standby after a soft power-off, then
 * unreachable once the BMC is gone), stored in both stores and read back as one integer series with every state.
 */
class PowerStateStoresTest {
    private static final long T0 = 1_700_000_000L * 1_000_000_000L;
    private static final long MINUTE = 60_000_000_000L;

    @TempDir
    Path dir;

    private static List<Point> collected() throws Exception {
        List<Point> out = new ArrayList<>();
        IpmiSimServer bmc = IpmiSimServer.start(250, new IpmiSimServer.Chassis(true, Duration.ofMillis(200), true));
        IpmiTarget t = new IpmiTarget("bmc-node3", bmc.host(), bmc.port(), IpmiSimServer.USER, IpmiSimServer.PASSWORD,
                IpmiSimServer.CIPHER_SUITE, Duration.ofSeconds(3), Duration.ofSeconds(60), InventoryTags.EMPTY, null);
        var inventory = new InventoryTags("fra1", "c1", "r7", "node3", "R650");
        try (var src = new PowerStateSource(PowerStateSource.nameOf(t.name()), new IpmiStates(t), inventory,
                IpmiStates.tagsOf(t)); var control = new IpmiPowerControl(t)) {
            out.addAll(src.collect(T0));
            control.send(PowerCommand.GRACEFUL_SHUTDOWN);
            for (int i = 0; i < 50 && !bmc.chassisPower().equals("off"); i++) {
                Thread.sleep(100);
            }
            out.addAll(src.collect(T0 + MINUTE));
            bmc.close();
            out.addAll(src.collect(T0 + 2 * MINUTE));
        }
        return out;
    }

    @Test
    void onStandbyAndUnreachableInBothStores() throws Exception {
        List<Point> points = collected();
        assertEquals(3, points.size(), points::toString);
        SeriesKey key = points.get(0).key(MetricSchema.POWER_STATE_CODE);
        assertTrue(points.stream().allMatch(p -> p.key(MetricSchema.POWER_STATE_CODE).equals(key)), "one series");
        try (InfluxdServer influxd = InfluxdServer.create().start();
             MetricStore influx = Stores.open(StoreConfig.influx(influxd.url(), "capacity"));
             MetricStore embedded = Stores.open(StoreConfig.embedded(dir))) {
            for (MetricStore store : List.of(influx, embedded)) {
                store.write(points);
                SeriesData d = store.read(SeriesQuery.raw(key, Instant.ofEpochSecond(0, T0),
                        Instant.ofEpochSecond(0, T0 + 3 * MINUTE)));
                assertArrayEquals(new double[] {MetricSchema.POWER_ON, MetricSchema.POWER_STANDBY,
                        MetricSchema.POWER_UNREACHABLE}, d.values(), store.kind());
                assertTrue(store.storedAsInteger(key), store.kind() + ": an integer field, as the schema says");
                assertEquals(List.of(key), store.series(SeriesFilter.measurement(MetricSchema.POWER_STATE.name())),
                        store.kind());
            }
        }
    }
}
