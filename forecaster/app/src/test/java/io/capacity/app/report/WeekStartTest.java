package io.capacity.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.cluster.ClusterPlans;
import io.capacity.app.pipeline.cluster.ClusterSettings;
import io.capacity.schema.MetricSchema;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running week's report minutes after Monday 00:00, with the demo started and the pipeline's plans recorded in
 * those minutes (as {@code serve --demo} started then has them): the week's first 15-minute step is its demand, so
 * every cluster has its capacity table and charts and its plan; only the accountability section is empty, since no
 * forecast can have been scored in the week yet, and it says so.
 */
class WeekStartTest {
    private static final Instant MONDAY = Instant.parse("2026-03-09T00:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void theRunningWeeksReportMinutesAfterItBegan() {
        MutableClock clock = new MutableClock(MONDAY.plus(Duration.ofMinutes(5)));
        Path data = tmp.resolve("data");
        try (MetricStore store = Stores.open(StoreConfig.embedded(data));
             PlanBook book = new PlanBook(DuckPlanStore.open(data), clock, BookSettings.DEFAULTS)) {
            DemoStart demo = DemoStart.run(store, data, DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED, clock);
            new ClusterPlans(StoreAccess.shared(store), clock, ClusterSettings.of(demo.inventory(),
                    PipelineSettings.DEFAULTS.withThreads(2)).withTags(Map.of(MetricSchema.TAG_ORIGIN,
                    MetricSchema.ORIGIN_DEMO), "SIMULATED demo fleet"), PipelineState.inMemory(), book).run();
            clock.advance(Duration.ofMinutes(1));
            Report r = new WeeklyReport(StoreAccess.shared(store), clock, book, null).run(ReportRequest.DEFAULTS
                    .with(demo.inventory(), ReportWeek.of(clock.instant(), ReportRequest.DEFAULTS.zone()), null));
            assertEquals("2026-W11", r.week().toString());
            assertEquals(MONDAY, r.from());
            assertEquals(clock.instant(), r.asOf());
            for (Section s : r.sections()) {
                if (s.id().equals("accountability")) {
                    assertFalse(s.hasData());
                    assertTrue(s.noData().contains("scored in 2026-W11"), s.noData());
                } else {
                    assertTrue(s.hasData(), s.heading() + " " + s.cluster() + ": " + s.noData());
                }
            }
            for (String c : new String[] {"demo-growing", "demo-nightly", "demo-flat"}) {
                Section cap = section(r, c + "-capacity");
                assertEquals(3, cap.charts().size(), c + ": cpu, memory and bandwidth");
                assertEquals(3, cap.tables().get(0).rows().size(), c + ": the week's first step summarised");
                assertEquals(1, section(r, c + "-recommendations").tables().get(0).rows().size(),
                        c + ": the plan recorded at 00:05");
            }
        }
    }

    private static Section section(Report r, String id) {
        return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no section " + id));
    }
}
