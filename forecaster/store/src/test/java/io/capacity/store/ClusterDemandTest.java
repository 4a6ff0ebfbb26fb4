package io.capacity.store;

import io.capacity.core.series.TimeSeries;
import io.capacity.schema.Point;
import io.capacity.store.open.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterDemandTest {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final long SEC = 1_000_000_000L;

    @TempDir
    Path dir;

    /** A counter growing by {@code perTenSeconds} bytes every 10 s for 10 minutes, tagged host and interface. */
    private static void counter(List<Point> out, String host, String nic, String field, long perTenSeconds) {
        for (int i = 0; i <= 60; i++) {
            out.add(Point.of("net", Map.of("host", host, "interface", nic, "site", "fra1"), field,
                    (double) (i * perTenSeconds), T0.getEpochSecond() * SEC + i * 10 * SEC));
        }
    }

    @Test
    void bandwidthIsTheBusierDirectionOfTheHostsRealInterfaces() {
        List<Point> points = new ArrayList<>();
        // 1,250,000 bytes per 10 s = 125,000 B/s = 1 Mbps.
        counter(points, "h1", "eth0", "bytes_recv", 1_250_000);
        counter(points, "h1", "eth0", "bytes_sent", 2_500_000);
        counter(points, "h2", "ens3", "bytes_recv", 3_750_000);
        counter(points, "h2", "ens3", "bytes_sent", 1_250_000);
        // Loopback and a container pair carry the same bytes again; a host outside the cluster is not counted.
        counter(points, "h1", "lo", "bytes_recv", 125_000_000);
        counter(points, "h2", "veth1a2b", "bytes_sent", 125_000_000);
        counter(points, "h9", "eth0", "bytes_recv", 125_000_000);
        try (MetricStore s = Stores.open(StoreConfig.embedded(dir.resolve("store")))) {
            s.write(points);
            TimeSeries bw = ClusterDemand.bandwidthMbps(s, "c1", List.of("h1", "h2"),
                    ClusterDemand.VIRTUAL_INTERFACES, T0, T0.plus(Duration.ofMinutes(10)), Duration.ofMinutes(5))
                    .orElseThrow();
            assertEquals("c1:bandwidth", bw.id());
            assertEquals(2, bw.size());
            for (int i = 0; i < bw.size(); i++) {
                // Received 1 + 3 = 4 Mbps, sent 2 + 1 = 3 Mbps: the NICs must carry 4.
                assertEquals(4.0, bw.value(i), 1e-9, "step " + i);
            }
            TimeSeries all = ClusterDemand.bandwidthMbps(s, "c1", List.of("h1", "h2"), Pattern.compile("(?!)"), T0,
                    T0.plus(Duration.ofMinutes(10)), Duration.ofMinutes(5)).orElseThrow();
            assertEquals(104.0, all.value(0), 1e-9, "nothing excluded: h1's loopback adds 100 Mbps received");
            assertTrue(ClusterDemand.bandwidthMbps(s, "c2", List.of("h7"), ClusterDemand.VIRTUAL_INTERFACES, T0,
                    T0.plus(Duration.ofMinutes(10)), Duration.ofMinutes(5)).isEmpty());
        }
    }
}
