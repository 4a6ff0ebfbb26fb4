package io.capacity.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.cluster.ClusterPlans;
import io.capacity.app.pipeline.cluster.ClusterSettings;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly report over the demo fleet on the embedded store, with the pipeline's cluster plans run twice (so the
 * book holds plans and the second run scored the first's demand forecasts), a host held flat out added to the
 * inventory and the store: every section of the running week has data and its figures are the use cases' own; a
 * week before the history has none and every section says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyReportTest {
    /** Wednesday of 2026-W10. */
    private static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);

    @TempDir
    static Path tmp;
    private MetricStore store;
    private PlanBook book;
    private MutableClock clock;
    private Path inventory;

    @BeforeAll
    void fleet() throws Exception {
        clock = new MutableClock(NOW.minus(Duration.ofHours(4)));
        store = Stores.open(StoreConfig.embedded(tmp.resolve("data")));
        book = new PlanBook(DuckPlanStore.open(tmp.resolve("data")), clock, BookSettings.DEFAULTS);
        DemoStart demo = DemoStart.run(store, tmp.resolve("data"), DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED, clock);
        inventory = withMiner(demo.inventory());
        ClusterPlans plans = new ClusterPlans(StoreAccess.shared(store), clock, ClusterSettings.of(inventory,
                PipelineSettings.DEFAULTS.withThreads(2)).withTags(DEMO, "SIMULATED demo fleet"),
                PipelineState.inMemory(), book);
        plans.run();
        clock.advance(Duration.ofHours(4));
        DemoStart.run(store, tmp.resolve("data"), DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED, clock);
        writeMiner();
        plans.run();
    }

    @AfterAll
    void close() {
        book.close();
        store.close();
    }

    @Test
    void theRunningWeekHasEverySectionFromTheUseCasesFigures() {
        Report r = new WeeklyReport(StoreAccess.shared(store), clock, book, null).run(ReportRequest.DEFAULTS.with(
                inventory, ReportWeek.parse("2026-W10"), null));
        assertEquals("2026-W10", r.week().toString());
        assertEquals(NOW, r.asOf(), "the running week is read as of now");
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), r.from());

        List<String> clusters = List.of("demo-growing", "demo-nightly", "demo-flat");
        for (Section s : r.sections()) {
            assertTrue(s.hasData(), s.heading() + " " + s.cluster() + ": " + s.noData());
        }
        assertEquals(5 + 4 * clusters.size(), r.sections().size());

        // Capacity: as AssessCapacity says at the same time.
        AssessCapacity assess = new AssessCapacity(StoreAccess.shared(store), Clock.fixed(NOW, ZoneOffset.UTC));
        for (String c : clusters) {
            ClusterCapacity direct = assess.run(CapacityRequest.of(inventory, c));
            ClusterCapacity inReport = r.ranking().stream().filter(x -> x.cluster().equals(c)).findFirst()
                    .orElseThrow();
            assertEquals(direct.mostConstrained().usable(), inReport.mostConstrained().usable(), 1e-9, c);
            assertEquals(direct.mostConstrained().usage(), inReport.mostConstrained().usage(), 1e-9, c);
            ReportTable dims = table(r, c + "-capacity", "dimensions");
            ReportTable.Row cpu = dims.rows().stream().filter(x -> x.cells().get(1).equals("cpu")).findFirst()
                    .orElseThrow();
            assertEquals(Figures.number(direct.dimensions().stream().filter(d -> d.dimension().name().equals("CPU"))
                    .findFirst().orElseThrow().usable()), cpu.cells().get(7), c + " usable cpu");
            Section cap = section(r, c + "-capacity");
            assertEquals(3, cap.charts().size(), c + ": cpu, memory and bandwidth charts");
            cap.charts().forEach(ch -> assertNotNull(ch.forecast(), ch.title() + ": the pipeline's stored forecast"));
        }

        // Plans: the book's, as listed.
        int actions = book.list(PlanFilter.DEFAULTS).plans().stream().mapToInt(p -> p.actions().size()).sum();
        assertEquals(actions, r.kpis().recommended());
        assertEquals(6, table(r, "demo-flat-recommendations", "plans").rows().size() * 3, "two plans per cluster");
        double kwh = 0;
        for (String c : clusters) {
            var latest = book.list(PlanFilter.DEFAULTS.with(null, c)).plans().get(0);
            kwh += latest.efficacy().kwhSaved() * 7 * 24 / latest.efficacy().horizon().toHours();
        }
        assertEquals(kwh, r.kpis().kwhSavedPerWeek(), 1e-6);

        // Accountability: the second run scored the first run's demand forecasts.
        assertTrue(Double.isFinite(r.kpis().mase()), "MASE from the week's scorings");
        assertEquals(9, table(r, "accountability", "accountability").rows().size(), "3 clusters x 3 dimensions");

        // Reclaim: the miner is held flat out; TCO lines carry formula and inputs.
        List<String> flat = table(r, "reclaim", "flat_out_hosts").rows().stream().map(x -> x.cells().get(1)).toList();
        assertEquals(List.of("miner-001"), flat);
        ReportTable tco = table(r, "demo-growing-tco", "tco");
        assertTrue(tco.rows().stream().anyMatch(x -> x.cells().get(1).startsWith("capex")
                && x.cells().get(5).contains("price=")), tco.rows().toString());
        ReportTable buy = table(r, "demo-growing-purchases", "purchases");
        assertTrue(buy.rows().get(0).cells().get(1).startsWith("order "), buy.rows().toString());
        assertFalse(buy.rows().get(0).cells().get(3).startsWith("0.00"), "the purchase's price");
        assertTrue(r.summary().contains("2026-W10"), r.summary());
        assertTrue(table(r, "week-over-week", "week_over_week").rows().size() >= 9);
    }

    @Test
    void aWeekWithoutDataSaysSoInEverySection() {
        Report r = new WeeklyReport(StoreAccess.shared(store), clock, book, null).run(ReportRequest.DEFAULTS.with(
                inventory, ReportWeek.parse("2025-W40"), null));
        List<String> withData = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.id().equals("summary")) {
                continue;
            }
            if (s.hasData() && s.tables().stream().anyMatch(t -> !t.rows().isEmpty()) || !s.charts().isEmpty()) {
                withData.add(s.id());
            }
        }
        // The inventory's own facts (hosts powered off) are not the week's data; every other section is empty.
        assertTrue(withData.stream().allMatch(id -> id.equals("reclaim")), withData.toString());
        assertEquals(0, r.kpis().recommended());
        assertTrue(Double.isNaN(r.kpis().mase()));
        assertTrue(r.summary().contains("No demand forecast was scored"), r.summary());
        assertFalse(section(r, "demo-flat-capacity").hasData());
        assertNull(r.kpis().firstFullCluster());
    }

    @Test
    void badRequestsNameTheirOption() {
        WeeklyReport report = new WeeklyReport(StoreAccess.shared(store), clock, book, null);
        RequestProblem future = assertThrows(RequestProblem.class, () -> report.run(ReportRequest.DEFAULTS.with(
                inventory, ReportWeek.parse("2026-W30"), null)));
        assertTrue(future.getMessage().contains("has not begun"), future.getMessage());
        RequestProblem cluster = assertThrows(RequestProblem.class, () -> report.run(ReportRequest.DEFAULTS.with(
                inventory, null, "nowhere")));
        assertTrue(cluster.getMessage().contains("demo-flat"), cluster.getMessage());
        assertThrows(RequestProblem.class, () -> ReportWeek.parse("2026-47"));
        assertThrows(RequestProblem.class, () -> ReportWeek.parse("2026-W54"));
        assertEquals("2026-W09", ReportWeek.lastComplete(NOW, ZoneOffset.UTC).toString());
        assertEquals("2020-W53", ReportWeek.parse("2020-W53").toString());
    }

    private static Section section(Report r, String id) {
        return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no section " + id));
    }

    private static ReportTable table(Report r, String section, String name) {
        return section(r, section).tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(section + ": no table " + name));
    }

    /** The demo inventory plus host miner-001 in demo-flat. */
    private Path withMiner(Path demoInventory) throws Exception {
        String y = Files.readString(demoInventory) + "  - {id: miner-001, cluster: demo-flat, model: "
                + DemoFleet.Shape.FLAT.model() + ", purchased: 2022-01-01}\n  - {id: spare-001, cluster: demo-flat, "
                + "model: " + DemoFleet.Shape.FLAT.model() + ", purchased: 2022-01-01, state: off}\n";
        return Files.writeString(tmp.resolve("inventory.yaml"), y);
    }

    /** A week of 15-minute CPU for the miner: 97 % busy, barely moving. */
    private void writeMiner() {
        List<Point> points = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofDays(14));
        for (int i = 0; t.isBefore(NOW); i++, t = t.plus(Duration.ofMinutes(15))) {
            points.add(Point.of(MetricSchema.CPU.name(), Map.of("cpu", MetricSchema.CPU_TOTAL, MetricSchema.TAG_HOST,
                    "miner-001", MetricSchema.TAG_CLUSTER, "demo-flat"), "usage_idle", 3.0 + 0.3 * Math.sin(i),
                    t.getEpochSecond() * 1_000_000_000L));
        }
        store.write(points);
    }
}
