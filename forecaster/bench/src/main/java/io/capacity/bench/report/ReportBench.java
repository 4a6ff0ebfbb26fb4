package io.capacity.bench.report;

import io.capacity.app.StoreAccess;
import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.cluster.ClusterPlans;
import io.capacity.app.pipeline.cluster.ClusterRun;
import io.capacity.app.pipeline.cluster.ClusterSettings;
import io.capacity.app.report.Report;
import io.capacity.app.report.ReportRequest;
import io.capacity.app.report.ReportWeek;
import io.capacity.app.report.WeeklyReport;
import io.capacity.schema.MetricSchema;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code setup DIR CLUSTERS END OUT}: an embedded store in DIR holding {@link ReportFleet}'s CLUSTERS clusters of
 * the demo fleet, four weeks of their hosts' demo points on the hour ending at END (epoch seconds, a Monday 00:00
 * UTC: the end of the week reported), and its inventory; then the pipeline's cluster plans run twice in the last
 * day of that week (as {@code serve} runs them: plans in the book, demand forecasts stored, the second run scoring
 * the first's), so every section of the report has its data. {@code run DIR END OUT FORMAT...}: the report of the
 * week that ended at END, made as the schedule makes it six hours later (Monday 06:00), then rendered in each
 * FORMAT (html, pdf, csv) from the same figures, each output written beside the store. Each phase's figures
 * ({@link Phase}) go to OUT as key=value lines.
 */
public final class ReportBench {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Map<String, String> DEMO = Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO);

    private ReportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        List<String> out = new ArrayList<>();
        if (args[0].equals("setup")) {
            setup(dir, Integer.parseInt(args[2]), Instant.ofEpochSecond(Long.parseLong(args[3])), out);
            Files.write(Path.of(args[4]), out);
            return;
        }
        Instant end = Instant.ofEpochSecond(Long.parseLong(args[2]));
        List<String> formats = List.of(args).subList(4, args.length);
        Clock at = Clock.fixed(end.plus(Duration.ofHours(6)), ZoneOffset.UTC);
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir));
             PlanBook book = new PlanBook(DuckPlanStore.open(dir), at, BookSettings.DEFAULTS)) {
            ReportRequest request = ReportRequest.DEFAULTS.with(dir.resolve("demo-inventory.yaml"),
                    ReportWeek.lastComplete(at.instant(), ZoneOffset.UTC), null);
            Report report;
            Phase figures = new Phase("figures");
            try (figures) {
                report = new WeeklyReport(StoreAccess.shared(store), at, book, null).run(request);
            }
            out.addAll(figures.lines());
            out.add("week=" + report.week());
            out.add("sections=" + report.sections().size());
            out.add("charts=" + report.sections().stream().mapToInt(s -> s.charts().size()).sum());
            out.add("table_rows=" + report.tables().stream().mapToInt(t -> t.rows().size()).sum());
            out.add("host_rows=" + report.tables().stream().filter(t -> t.name().endsWith("_hosts"))
                    .mapToInt(t -> t.rows().size()).sum());
            out.add("no_data=" + report.sections().stream().filter(s -> !s.hasData()).count());
            for (String f : formats) {
                byte[] bytes;
                Phase render = new Phase(f);
                try (render) {
                    bytes = Renderers.render(report, f);
                }
                Files.write(dir.resolve("report." + f), bytes);
                out.addAll(render.lines());
                out.add(f + "_bytes=" + bytes.length);
            }
        }
        Files.write(Path.of(args[3]), out);
    }

    private static void setup(Path dir, int clusters, Instant end, List<String> out) {
        ReportFleet fleet = new ReportFleet(clusters, end);
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            long values;
            Phase write = new Phase("write");
            try (write) {
                values = fleet.write(store, fleet.fleet().historyStart(), end, HOUR);
            }
            out.addAll(write.lines());
            out.add("clusters=" + clusters);
            out.add("hosts=" + fleet.members().size());
            out.add("values=" + values);
            out.add("series=" + store.series(SeriesFilter.all()).size());
            Path inventory = fleet.writeInventory(dir);
            SetClock clock = new SetClock(end.minus(HOUR.multipliedBy(6)));
            Phase plans = new Phase("plans");
            try (plans; PlanBook book = new PlanBook(DuckPlanStore.open(dir), clock, BookSettings.DEFAULTS)) {
                ClusterPlans pipeline = new ClusterPlans(StoreAccess.shared(store), clock, ClusterSettings.of(
                        inventory, PipelineSettings.DEFAULTS.withThreads(2)).withTags(DEMO, "SIMULATED demo fleet"),
                        PipelineState.inMemory(), book);
                ClusterRun first = pipeline.run();
                clock.set(end.minus(HOUR));
                ClusterRun second = pipeline.run();
                out.add("planned=" + first.planned() + "," + second.planned());
                out.add("plan_failed=" + first.failed() + "," + second.failed());
            }
            out.addAll(plans.lines());
        }
    }

    /** The pipeline's and the book's clock, set to each run's time. */
    private static final class SetClock extends Clock {
        private volatile Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
