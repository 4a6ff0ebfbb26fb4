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

    @Test
    void aClustersDemandListsTheStoresSeriesOncePerFieldWhateverItsHosts() {
        List<Point> points = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (int h = 1; h <= 40; h++) {
            hosts.add("h" + h);
            for (int i = 0; i < 6; i++) {
                long t = T0.getEpochSecond() * SEC + i * 300 * SEC;
                // Collectors add inventory tags (site, rack, cluster) the inventory need not repeat.
                points.add(Point.of("cpu", Map.of("host", "h" + h, "cpu", "cpu-total", "site", "fra1", "rack",
                        "r" + (h % 3)), "usage_idle", 100 - h, t));
                points.add(Point.of("cpu", Map.of("host", "h" + h, "cpu", "cpu0", "site", "fra1"), "usage_idle",
                        0.0, t));
            }
        }
        try (MetricStore real = Stores.open(StoreConfig.embedded(dir.resolve("store")))) {
            real.write(points);
            Listings s = new Listings(real);
            Map<String, Double> cores = new java.util.TreeMap<>();
            hosts.subList(0, 30).forEach(h -> cores.put(h, 10.0));
            TimeSeries cpu = ClusterDemand.cpuCores(s, "c1", cores, T0, T0.plus(Duration.ofMinutes(30)),
                    Duration.ofMinutes(5)).orElseThrow();
            // Host h uses h % of its 10 cores (idle 100 - h): 0.1 x (1 + ... + 30) = 46.5 cores; cpu0 is not counted.
            assertEquals(6, cpu.size());
            for (int i = 0; i < cpu.size(); i++) {
                assertEquals(46.5, cpu.value(i), 1e-9, "step " + i);
            }
            assertEquals(1, s.listings, "one listing for the cluster's 30 hosts");
        }
    }

    /** The store, counting its listings. */
    private static final class Listings implements MetricStore {
        private final MetricStore store;
        int listings;

        Listings(MetricStore store) {
            this.store = store;
        }

        @Override
        public List<io.capacity.schema.SeriesKey> series(SeriesFilter filter) {
            listings++;
            return store.series(filter);
        }

        @Override
        public SeriesData read(SeriesQuery query) {
            return store.read(query);
        }

        @Override
        public String kind() {
            return store.kind();
        }

        @Override
        public void write(List<Point> batch) {
            store.write(batch);
        }

        @Override
        public boolean storedAsInteger(io.capacity.schema.SeriesKey key) {
            return store.storedAsInteger(key);
        }

        @Override
        public StatePoints readStates(io.capacity.schema.SeriesKey key, Instant from, Instant to) {
            return store.readStates(key, from, to);
        }

        @Override
        public StoreHealth health() {
            return store.health();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
