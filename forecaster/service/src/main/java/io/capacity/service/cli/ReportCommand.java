package io.capacity.service.cli;

import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.report.Report;
import io.capacity.app.report.ReportRequest;
import io.capacity.app.report.ReportWeek;
import io.capacity.app.report.WeeklyReport;
import io.capacity.service.files.AtomicFiles;
import io.capacity.service.report.ReportFormat;
import io.capacity.service.report.ReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity report}: the weekly capacity report of a week, as HTML, PDF or CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The weekly capacity report: KPIs and a summary, clusters ranked by time remaining, each "
                + "cluster's demand against its usable capacity with charts, recommendations, purchases and TCO, "
                + "reclaimable capacity, last week's forecast accuracy and week-over-week changes (README, "
                + "\"Weekly report\").",
                "Reads the store and, when --data-dir holds one, the service's plan book."})
public final class ReportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Inventory YAML (clusters, hosts, costs); without it only the fleet-wide sections have data.")
    Path inventory;

    @Option(names = "--week", paramLabel = "YYYY-Www",
            description = "ISO week, e.g. 2026-W47 (default: the last week that has ended).")
    String week;

    @Option(names = "--cluster", paramLabel = "ID", description = "Only this cluster (default: every cluster).")
    String cluster;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone weeks are read in (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--capacity-critical-days", paramLabel = "DAYS",
            description = "Time remaining at most this many days is critical (default: ${DEFAULT-VALUE}).")
    Long criticalDays;

    @Option(names = "--capacity-warning-days", paramLabel = "DAYS",
            description = "Time remaining at most this many days is a warning (default: ${DEFAULT-VALUE}).")
    Long warningDays;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "html, pdf or csv.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report file.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputFiles.check("--output", output);
        ReportFormat f = ReportFormat.parse(format);
        ReportRequest request = ReportRequest.DEFAULTS.withZone(ReportRequest.zone(zone))
                .withThresholds(CapacityThresholds.ofDays(criticalDays, warningDays))
                .with(inventory, week == null ? null : ReportWeek.parse(week), cluster);
        Path dir = store.config().dataDir();
        Report report;
        if (Files.isRegularFile(dir.resolve(DuckPlanStore.FILE))) {
            try (PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
                report = new WeeklyReport(store.access(), Clock.systemUTC(), book, null).run(request);
            }
        } else {
            LOG.info("report: no plan book at {} (capacity serve keeps one under its --data-dir), so the plan "
                    + "sections say so; point --data-dir at the service's to include them", dir.resolve(
                    DuckPlanStore.FILE));
            report = new WeeklyReport(store.access(), Clock.systemUTC(), null, null).run(request);
        }
        AtomicFiles.write(output, ReportRenderer.render(report, f));
        spec.commandLine().getOut().println("report " + report.week() + " (" + f + ", " + report.sections().size()
                + " sections) -> " + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
