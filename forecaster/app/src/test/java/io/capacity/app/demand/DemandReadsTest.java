package io.capacity.app.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.capacity.app.TestStores;
import io.capacity.planner.Site;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.Host;
import io.capacity.store.ClusterDemand;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandReadsTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant TO = T0.plus(Duration.ofHours(48));

    @TempDir
    Path tmp;
    HardwareInventory inventory;

    private List<Host> hosts(String... ids) {
        List<String> wanted = List.of(ids);
        return inventory.hostsIn("c1").stream().filter(h -> wanted.contains(h.id())).toList();
    }

    @BeforeEach
    void threeHosts() throws Exception {
        inventory = Site.load(TestStores.threeHosts(tmp, "on")).inventory();
    }

    private static void cpu(MetricStore store, String host, double busy) {
        TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", host), "usage_idle", T0, 48,
                i -> 100 - busy);
    }

    private static double cores(List<StoredDemand.Series> read) {
        return read.get(0).series().value(0);
    }

    @Test
    void keptReadsAnswerTheSameReadOnceAndOthersFromTheStore() {
        try (MetricStore store = TestStores.open("embedded", tmp, "reads")) {
            cpu(store, "h1", 50);
            cpu(store, "h2", 25);
            Pattern exclude = ClusterDemand.VIRTUAL_INTERFACES;
            DemandReads kept = DemandReads.kept();
            List<StoredDemand.Series> first = kept.read(store, "c1", hosts("h1", "h2"), exclude, T0, TO, HOUR);
            assertEquals(56 * 0.75, cores(first), 1e-9);
            assertEquals(StoredDemand.read(store, "c1", hosts("h1", "h2"), exclude, T0, TO, HOUR).get(0).series(),
                    first.get(0).series(), "a kept read is the store's read");

            cpu(store, "h1", 100);
            assertSame(first, kept.read(store, "c1", hosts("h1", "h2"), Pattern.compile(exclude.pattern()), T0, TO,
                    HOUR), "the same cluster, hosts, interfaces, range and step: read once");
            assertEquals(56 * 1.25, cores(kept.read(store, "c1", hosts("h1", "h2"), exclude, T0.plus(HOUR), TO,
                    HOUR)), 1e-9, "another range is read from the store");
            assertEquals(56 * 1.0, cores(kept.read(store, "c1", hosts("h1"), exclude, T0, TO, HOUR)), 1e-9,
                    "other hosts are read from the store");
            assertEquals(56 * 1.25, cores(DemandReads.EACH_TIME.read(store, "c1", hosts("h1", "h2"), exclude, T0,
                    TO, HOUR)), 1e-9, "reads not kept see every write");
            assertEquals(56 * 1.25, cores(DemandReads.kept().read(store, "c1", hosts("h1", "h2"), exclude, T0, TO,
                    HOUR)), 1e-9, "nothing is kept from one piece of work to the next");
        }
    }
}
