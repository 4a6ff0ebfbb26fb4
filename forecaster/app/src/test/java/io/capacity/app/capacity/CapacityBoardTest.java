package io.capacity.app.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.demo.DemoStart;
import io.capacity.planner.model.Dimension;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board on the simulated demo fleet in a real embedded store: ranking, criticality, sizing, the cache. */
class CapacityBoardTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void ranksTheDemoClustersAndServesThemFromTheCache() throws Exception {
        try (MetricStore store = TestStores.open("embedded", tmp, "board")) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            DemoStart demo = DemoStart.run(store, tmp.resolve("demo"), 12, 1, clock);
            MutableClock later = new MutableClock(NOW);
            try (CapacityBoard board = new CapacityBoard(new AssessCapacity(StoreAccess.shared(store), clock), later,
                    new CapacityBoard.Settings(Duration.ofMinutes(5), 2))) {
                CapacityRequest r = CapacityRequest.DEFAULTS.withCluster(demo.inventory(), null).withModel("auto");
                List<String> clusters = board.clusters(demo.inventory());
                long t0 = System.nanoTime();
                CapacityBoard.Overview first = board.assess(r, clusters);
                long coldMs = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(java.util.Map.of(), first.failed());
                assertEquals(3, first.ranked().size());
                ClusterCapacity top = first.ranked().get(0);
                System.out.println("cold " + coldMs + " ms; " + first.ranked());
                assertEquals("demo-growing", top.cluster(), first.ranked().toString());
                for (ClusterCapacity c : first.ranked()) {
                    assertEquals(NOW, c.computedAt());
                    for (DimensionCapacity d : c.dimensions()) {
                        assertTrue(d.dimension() != Dimension.POWER, "the demo's clusters have no power budget");
                        assertNotNull(d.recommended());
                        // The aggressive view never runs out sooner than the conservative one.
                        if (d.aggressiveRemaining().isPresent()) {
                            assertTrue(d.timeRemaining().orElseThrow().compareTo(d.aggressiveRemaining().get()) <= 0);
                        }
                    }
                }
                later.advance(Duration.ofMinutes(4));
                long t1 = System.nanoTime();
                CapacityBoard.Overview cached = board.assess(r, clusters);
                assertTrue((System.nanoTime() - t1) / 1_000_000 < 200, "served from the cache");
                assertSame(first.ranked().get(0), cached.ranked().get(0));
                // Past the ttl the old assessment is still served while one refresh runs, then the new one.
                later.advance(Duration.ofMinutes(2));
                ClusterCapacity flat = cached.ranked().stream().filter(c -> c.cluster().equals("demo-flat"))
                        .findFirst().orElseThrow();
                assertSame(flat, board.assess(r, List.of("demo-flat")).ranked().get(0), "stale while revalidating");
                ClusterCapacity fresh = flat;
                for (int i = 0; i < 600 && fresh == flat; i++) {
                    Thread.sleep(100);
                    fresh = board.assess(r, List.of("demo-flat")).ranked().get(0);
                }
                assertTrue(fresh != flat, "refreshed in the background");
            }
        }
    }
}
