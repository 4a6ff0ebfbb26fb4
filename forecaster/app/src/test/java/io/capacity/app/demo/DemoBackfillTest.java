package io.capacity.app.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.RequestProblem;
import io.capacity.app.TestStores;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backfill on the embedded store: its span and counts, and a restart that adds only what is missing. */
class DemoBackfillTest {
    static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    static final int HOSTS = 6;

    @TempDir
    Path tmp;

    static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void backfillsFourWeeksOnItsGridAndARestartAddsOnlyTheMissingSteps() throws Exception {
        try (MetricStore store = TestStores.open("embedded", tmp, "demo")) {
            DemoStart first = DemoStart.run(store, tmp, HOSTS, 5, at(NOW));
            DemoBackfill.Result r = first.backfill();
            Instant start = Instant.parse("2026-02-04T10:00:00Z");
            assertEquals(start, r.from());
            // 28 days of 15-minute steps from 10:00, and 10:00 and 10:15 on the last day.
            long steps = 28 * 96 + 2;
            assertEquals(steps, r.steps());
            assertEquals(steps * HOSTS * 5, r.points(), "cpu, mem, net, ipmi_sensor, bmc_power_state per step");
            DemoFleet.Host h = first.fleet().layout().get(HOSTS - 1);
            SeriesData idle = store.read(SeriesQuery.raw(DemoBackfill.cpuIdle(h), start, NOW.plusSeconds(1)));
            assertEquals(steps, idle.size());
            assertEquals(DemoBackfill.toNanos(start), idle.timeNanos(0));
            assertEquals(DemoBackfill.toNanos(Instant.parse("2026-03-04T10:15:00Z")), idle.timeNanos(idle.size() - 1));
            List<SeriesKey> keys = store.series(SeriesFilter.all());
            assertTrue(keys.stream().allMatch(k -> MetricSchema.ORIGIN_DEMO.equals(k.tags().get(MetricSchema.TAG_ORIGIN))));

            // The same start again: nothing to write. An hour later: the four new steps only, history unchanged.
            assertEquals(0, DemoStart.run(store, tmp, HOSTS, 5, at(NOW)).backfill().steps());
            DemoStart later = DemoStart.run(store, tmp, HOSTS, 5, at(NOW.plus(Duration.ofHours(1))));
            assertEquals(Instant.parse("2026-03-04T10:30:00Z"), later.backfill().from());
            assertEquals(4, later.backfill().steps());
            assertEquals(first.fleet(), later.fleet());
            SeriesData again = store.read(SeriesQuery.raw(DemoBackfill.cpuIdle(h), start, NOW.plusSeconds(1)));
            assertArrayEquals(idle.timesNanos(), again.timesNanos());
            assertArrayEquals(idle.values(), again.values());
            assertEquals(steps + 4, store.read(SeriesQuery.raw(DemoBackfill.cpuIdle(h), start,
                    NOW.plus(Duration.ofHours(2)))).size());
            assertEquals(keys.size(), store.series(SeriesFilter.all()).size());
        }
    }

    @Test
    void aBackfillCutShortResumesAfterTheHostThatIsFurthestBehind() throws Exception {
        try (MetricStore store = TestStores.open("embedded", tmp, "demo")) {
            DemoFleet fleet = DemoState.openOrCreate(tmp, HOSTS, 5, NOW);
            DemoSignals s = new DemoSignals(fleet, DemoProfile.builtIn());
            DemoPoints p = new DemoPoints(s);
            // Hosts 0..2 reached 12:00 on the first day, the others only 11:45.
            long t = DemoBackfill.toNanos(fleet.historyStart());
            for (long x = t; x <= t + Duration.ofHours(2).toNanos(); x += DemoBackfill.STEP.toNanos()) {
                for (DemoFleet.Host h : fleet.layout()) {
                    if (h.index() < 3 || x < t + Duration.ofMinutes(105).toNanos()) {
                        store.write(p.at(h, x));
                    }
                }
            }
            DemoBackfill.Result r = DemoBackfill.run(store, s, NOW);
            assertEquals(fleet.historyStart().plus(Duration.ofMinutes(105)), r.from());
            SeriesData idle = store.read(SeriesQuery.raw(DemoBackfill.cpuIdle(fleet.layout().get(0)),
                    fleet.historyStart(), NOW));
            assertEquals(28 * 96 + 2, idle.size());
        }
    }

    @Test
    void anotherFleetOnTheSameDataDirectoryIsRefused() throws Exception {
        DemoState.openOrCreate(tmp, HOSTS, 5, NOW);
        RequestProblem p = assertThrows(RequestProblem.class, () -> DemoState.openOrCreate(tmp, HOSTS + 1, 5, NOW));
        assertTrue(p.usage());
        assertEquals(tmp.resolve(DemoState.FILE) + " holds a simulated fleet of 6 hosts with seed 5: start with that "
                + "--demo-hosts and --demo-seed, or another --data-dir", p.render(k -> "--" + k.replace('_', '-')));
        assertThrows(RequestProblem.class, () -> DemoState.openOrCreate(tmp, HOSTS, 6, NOW));
        assertThrows(RequestProblem.class, () -> DemoState.openOrCreate(tmp.resolve("x"), 5, 1, NOW));
    }

    @Test
    void theInventoryIsLabelledSimulatedAndLoadsAsThePlannersFormat() throws Exception {
        DemoFleet fleet = DemoState.openOrCreate(tmp, 9, 2, NOW);
        Path inv = DemoInventory.write(tmp, fleet);
        assertEquals(tmp.resolve("demo-inventory.yaml"), inv);
        String text = Files.readString(inv);
        assertTrue(text.startsWith("# SIMULATED demo fleet"), text);
        var loaded = io.capacity.planner.inventory.InventoryLoader.load(inv);
        assertEquals(9, loaded.hosts().size());
        assertTrue(loaded.hosts().stream().allMatch(h -> h.cluster().startsWith("demo-") && h.id().startsWith("demo-")));
    }
}
