package io.capacity.app.pipeline.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.planner.model.Dimension;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StatePoints;
import io.capacity.store.influx.InfluxMetricStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline's capacity per cluster on both real stores: every dimension with data (power where the cluster has a
 * budget) assessed from the run's demand forecasts over the capacity's horizon, kept in the run for the REST API and
 * written as {@code capacity_headroom} points whose names and types (floats, an integer, booleans, a string) are read
 * back from the store, on InfluxDB as {@code SHOW FIELD KEYS} reports them to a dashboard.
 */
class ClusterCapacityPointsTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);
    private static final String GROWING = DemoFleet.Shape.GROWING.cluster();
    private static final Set<String> FLOATS = Set.of("usage", "usable", "capacity", "headroom", "headroom_ratio",
            "days_conservative", "days_aggressive", "horizon_days", "recommended_size");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "influxdb"})
    void aRunAssessesEveryClusterAndWritesItsHeadroomPoints(String kind) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (MetricStore store = TestStores.open(kind, tmp, "capacity_points");
             PlanBook book = new PlanBook(DuckPlanStore.open(tmp.resolve("data")), clock, BookSettings.DEFAULTS)) {
            DemoStart demo = DemoStart.run(store, tmp.resolve("data"), DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED,
                    clock);
            Path inventory = Files.writeString(tmp.resolve("inventory.yaml"), Files.readString(demo.inventory())
                    .replace("  - id: " + GROWING + "\n", "  - id: " + GROWING + "\n    power_budget_watts: 900\n"));
            ClusterSettings settings = ClusterSettings.of(inventory, PipelineSettings.DEFAULTS.withThreads(2))
                    .withTags(DEMO, "SIMULATED demo fleet");
            ClusterRun run = new ClusterPlans(StoreAccess.shared(store), clock, settings, PipelineState.inMemory(),
                    book).run();

            assertEquals(3, run.assessed(), run.clusters().toString());
            assertNotNull(run.capacity());
            assertEquals(NOW, run.capacity().computedAt());
            assertEquals(Duration.ofDays(14), run.capacity().request().horizon(), "the capacity's default horizon");
            for (DemoFleet.Shape s : DemoFleet.Shape.values()) {
                ClusterCapacity c = run.capacity().clusters().get(s.cluster());
                assertEquals(ClusterCapacity.Source.PIPELINE, c.source());
                assertEquals(NOW, c.computedAt());
                Set<Dimension> dims = c.dimensions().stream().map(DimensionCapacity::dimension)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Dimension.class)));
                Set<Dimension> expected = s.cluster().equals(GROWING) ? EnumSet.allOf(Dimension.class)
                        : EnumSet.of(Dimension.CPU, Dimension.MEMORY, Dimension.BANDWIDTH);
                assertEquals(expected, dims, s.cluster());
                for (DimensionCapacity d : c.dimensions()) {
                    Duration until = Duration.between(NOW, d.forecastUntil());
                    assertTrue(until.compareTo(Duration.ofDays(13)) > 0 && until.compareTo(Duration.ofDays(14)) <= 0,
                            s.cluster() + " " + d.dimension() + ": the forecast covers the capacity's 14 days, not "
                                    + "the plan's week: " + until);
                    assertPoint(store, c, d);
                }
            }
            ClusterOutcome growing = run.clusters().stream().filter(o -> o.cluster().equals(GROWING)).findFirst()
                    .orElseThrow();
            assertEquals(4, growing.forecasts(), "cpu, memory, bandwidth and the power the budget limits");
            if (store instanceof InfluxMetricStore influx) {
                assertEquals(expectedTypes(), fieldTypes(influx));
            }
        }
    }

    private static void assertPoint(MetricStore store, ClusterCapacity c, DimensionCapacity d) {
        String dim = d.dimension().name().toLowerCase(Locale.ROOT);
        TreeMap<String, String> tags = new TreeMap<>(DEMO);
        tags.put("cluster", c.cluster());
        tags.put("dimension", dim);
        tags.put("unit", d.dimension().unit());
        List<SeriesKey> keys = store.series(new SeriesFilter("capacity_headroom", "headroom",
                new TreeMap<>(Map.of("cluster", c.cluster(), "dimension", dim))));
        assertEquals(List.of(new SeriesKey("capacity_headroom", tags, "headroom")), keys);
        String at = c.cluster() + " " + dim;
        assertEquals(d.usage(), value(store, tags, "usage"), 1e-9, at);
        assertEquals(d.usable(), value(store, tags, "usable"), 1e-9, at);
        assertEquals(d.capacity(), value(store, tags, "capacity"), 1e-9, at);
        assertEquals(d.headroom(), value(store, tags, "headroom"), 1e-9, at);
        assertEquals(d.headroomFraction(), value(store, tags, "headroom_ratio"), 1e-9, at);
        assertEquals(14.0, value(store, tags, "horizon_days"), 0, at);
        assertEquals(d.timeRemaining().map(x -> x.toSeconds() / 86_400.0).orElse(14.0),
                value(store, tags, "days_conservative"), 1e-9, at);
        assertEquals(d.aggressiveRemaining().map(x -> x.toSeconds() / 86_400.0).orElse(14.0),
                value(store, tags, "days_aggressive"), 1e-9, at);
        assertTrue(value(store, tags, "days_aggressive") >= value(store, tags, "days_conservative"), at);
        assertEquals(d.recommended().capacity(), value(store, tags, "recommended_size"), 1e-9, at);
        if (d.dimension() != Dimension.POWER) {
            assertEquals(d.recommended().hosts(), (int) value(store, tags, "recommended_hosts"), at);
            assertTrue(store.storedAsInteger(new SeriesKey("capacity_headroom", tags, "recommended_hosts")));
        }
        assertEquals(List.of(d.crossesAt() != null), state(store, tags, "crosses"), at);
        assertEquals(List.of(c.mostConstrained() == d), state(store, tags, "most_constrained"), at);
        assertEquals(List.of(d.criticality().name().toLowerCase(Locale.ROOT)), state(store, tags, "criticality"));
        assertTrue(Set.of("critical", "warning", "ok").contains(state(store, tags, "criticality").get(0)));
    }

    private static double value(MetricStore store, Map<String, String> tags, String field) {
        SeriesData d = store.read(SeriesQuery.raw(new SeriesKey("capacity_headroom", new TreeMap<>(tags), field), NOW,
                NOW.plusSeconds(1)));
        assertEquals(1, d.size(), field + " of " + tags);
        return d.value(0);
    }

    private static List<Object> state(MetricStore store, Map<String, String> tags, String field) {
        StatePoints p = store.readStates(new SeriesKey("capacity_headroom", new TreeMap<>(tags), field), NOW, NOW.plusSeconds(1));
        assertArrayEquals(new long[] {NOW.getEpochSecond() * 1_000_000_000L}, p.timesNanos());
        return p.values();
    }

    private static Map<String, String> expectedTypes() {
        Map<String, String> m = new TreeMap<>();
        FLOATS.forEach(f -> m.put(f, "float"));
        m.put("recommended_hosts", "integer");
        m.put("crosses", "boolean");
        m.put("most_constrained", "boolean");
        m.put("criticality", "string");
        return m;
    }

    /** What a dashboard's InfluxQL sees: {@code SHOW FIELD KEYS FROM capacity_headroom}, name → type. */
    private static Map<String, String> fieldTypes(InfluxMetricStore influx) throws Exception {
        String q = URLEncoder.encode("SHOW FIELD KEYS FROM capacity_headroom", StandardCharsets.UTF_8);
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(influx.config().url()
                        + "/query?db=" + URLEncoder.encode(influx.config().database(), StandardCharsets.UTF_8)
                        + "&q=" + q)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> types = new TreeMap<>();
        var m = java.util.regex.Pattern.compile("\\[\"([a-z_]+)\",\"([a-z]+)\"\\]").matcher(body);
        while (m.find()) {
            types.put(m.group(1), m.group(2));
        }
        return types;
    }
}
