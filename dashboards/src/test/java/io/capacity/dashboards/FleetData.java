package io.capacity.dashboards;

import io.capacity.app.StoreAccess;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoPoints;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.cluster.ClusterPlans;
import io.capacity.app.pipeline.cluster.ClusterRun;
import io.capacity.app.pipeline.cluster.ClusterSettings;
import io.capacity.schema.MetricSchema;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import io.capacity.testkit.SharedInfluxd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A real influxd database filled as a site's would be when the dashboards open: the demo fleet's four weeks
 * ({@code app.demo}), what the demo does not simulate ({@link Fixtures}), and two pipeline cluster runs six hours
 * apart (demand forecasts with future points, their accuracy, plans, schedules, purchases, the book by state).
 * Either as our collectors write it, or as Telegraf does ({@link TelegrafShaped}). Each is filled once per test JVM.
 */
final class FleetData {
    /** The data's "now": an 18:00 UTC anchor, as the end-to-end tests use, so nothing depends on the hour run. */
    static final Instant NOW = Instant.parse("2026-03-04T18:00:00Z");
    static final Duration BETWEEN_RUNS = Duration.ofHours(6);
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);
    private static final Map<Boolean, FleetData> FILLED = new LinkedHashMap<>();

    /**
     * Each cluster's power budget in the inventory the pipeline runs read (the demo's has none), well above the
     * demo's draw, so the pipeline assesses and forecasts a power dimension for the Cluster capacity dashboard.
     */
    static final int POWER_BUDGET_WATTS = 8000;

    final String label;
    final boolean telegraf;
    final Influx influx;
    final List<String> clusters;

    private FleetData(String label, boolean telegraf, Influx influx, List<String> clusters) {
        this.label = label;
        this.telegraf = telegraf;
        this.influx = influx;
        this.clusters = clusters;
    }

    /** As our collectors and the demo write it. */
    static synchronized FleetData ours() {
        return FILLED.computeIfAbsent(false, k -> fill(false));
    }

    /** As Telegraf writes it with dashboards/telegraf/telegraf.conf. */
    static synchronized FleetData telegraf() {
        return FILLED.computeIfAbsent(true, k -> fill(true));
    }

    @Override
    public String toString() {
        return label;
    }

    private static FleetData fill(boolean telegraf) {
        String db = "dashboards_" + (telegraf ? "telegraf_" : "ours_") + ProcessHandle.current().pid() + "_"
                + System.nanoTime();
        String url = SharedInfluxd.get().url();
        Path dir = tempDir();
        List<String> clusters = Arrays.stream(DemoFleet.Shape.values()).map(DemoFleet.Shape::cluster).toList();
        String nightly = DemoFleet.Shape.NIGHTLY.cluster();
        try (MetricStore store = Stores.open(StoreConfig.influx(url, db))) {
            MetricStore writes = telegraf ? new TelegrafShaped(store, Set.of(nightly)) : store;
            DemoStart demo = DemoStart.run(writes, dir, DemoFleet.DEFAULT_HOSTS, DemoFleet.DEFAULT_SEED,
                    Clock.fixed(NOW, ZoneOffset.UTC));
            Map<String, Map<String, String>> hosts = new TreeMap<>();
            for (DemoFleet.Host h : demo.fleet().layout()) {
                TreeMap<String, String> tags = new TreeMap<>(DemoPoints.inventoryTags(h));
                if (telegraf) {
                    tags.remove(MetricSchema.TAG_ORIGIN);
                    tags.put(MetricSchema.TAG_HOST, TelegrafShaped.fqdn(h.id()));
                }
                hosts.put(tags.get(MetricSchema.TAG_HOST), tags);
            }
            Fixtures.switchPorts(store, DemoFleet.SITE, NOW, 28);
            if (!telegraf) {
                Map<String, Map<String, String>> redfish = new TreeMap<>(hosts);
                redfish.values().removeIf(t -> !t.get(MetricSchema.TAG_CLUSTER).equals(nightly));
                Fixtures.redfishPower(store, redfish, NOW, 28);
                Fixtures.agents(store, hosts, NOW, 6);
            }
            Path inventory = withPowerBudgets(telegraf ? telegrafInventory(demo.inventory(), dir) : demo.inventory(),
                    dir);
            Map<String, String> tags = telegraf ? Map.of() : DEMO;
            Influx influx = new Influx(url, db);
            PipelineState state = PipelineState.inMemory();
            for (Instant at : List.of(NOW.minus(BETWEEN_RUNS), NOW)) {
                pipelineRun(store, dir, inventory, tags, state, at, influx, clusters);
            }
            return new FleetData(telegraf ? "Telegraf-named data" : "our collectors' data", telegraf, influx,
                    clusters);
        }
    }

    /** One run of the pipeline's cluster part at {@code at}. */
    static void pipelineRun(MetricStore store, Path dir, Path inventory, Map<String, String> tags, PipelineState state,
                            Instant at, Influx influx, List<String> clusters) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        // The model is chosen again at each run (not refit from the previous run's choice), so the last run's plans
        // are the ones a start at NOW makes: the growing cluster's then recommends its purchase.
        ClusterSettings settings = ClusterSettings.of(inventory, PipelineSettings.DEFAULTS.withThreads(2)
                .withChooseEvery(BETWEEN_RUNS.minusHours(1)));
        if (!tags.isEmpty()) {
            settings = settings.withTags(tags, "SIMULATED demo fleet");
        }
        try (PlanBook book = new PlanBook(DuckPlanStore.open(dir), clock, BookSettings.DEFAULTS)) {
            ClusterRun run = new ClusterPlans(StoreAccess.shared(store), clock, settings, state, book).run();
            if (run.planned() != clusters.size()) {
                throw new IllegalStateException("the pipeline planned " + run.planned() + " of " + clusters.size()
                        + " clusters: " + run.clusters());
            }
        }
    }

    /**
     * Whether the pipeline has no power dimension for {@code cluster}: on the Telegraf-named data the nightly cluster's
     * power comes over Redfish alone, and the pipeline's power demand reads IPMI watts (store.ClusterDemand), so it
     * has a budget but no stored draw to forecast (dashboards/README.md).
     */
    boolean withoutPower(String cluster) {
        return telegraf && cluster.equals(DemoFleet.Shape.NIGHTLY.cluster());
    }

    /** The inventory with {@link #POWER_BUDGET_WATTS} on every cluster. */
    private static Path withPowerBudgets(Path inventory, Path dir) {
        try {
            String y = Files.readString(inventory).replaceAll("(?m)^(  - id: demo-[a-z]+)$",
                    "$1\n    power_budget_watts: " + POWER_BUDGET_WATTS);
            return Files.writeString(dir.resolve("budget-" + inventory.getFileName()), y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo inventory with each host named by its FQDN, as a Telegraf site's hosts report themselves. */
    private static Path telegrafInventory(Path demoInventory, Path dir) {
        try {
            String y = Files.readString(demoInventory).replaceAll("\\b(demo-[a-z]+-\\d+)\\b",
                    "$1" + TelegrafShaped.DOMAIN);
            return Files.writeString(dir.resolve("telegraf-inventory.yaml"), y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("capacity-dashboards");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
