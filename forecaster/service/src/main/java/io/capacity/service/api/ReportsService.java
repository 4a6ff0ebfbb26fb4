package io.capacity.service.api;

import io.capacity.app.StoreAccess;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.capacity.CapacityBoard;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.report.Report;
import io.capacity.app.report.ReportRequest;
import io.capacity.app.report.ReportSchedule;
import io.capacity.app.report.ReportWeek;
import io.capacity.app.report.WeeklyReport;
import io.capacity.service.report.ReportArchive;
import io.capacity.service.report.ReportFormat;
import io.capacity.service.report.ReportRenderer;
import io.capacity.service.report.ReportScheduler;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The service's weekly reports: made by {@link WeeklyReport} with the service's store, plan book and capacity board
 * (so the running week's capacity is what {@code GET /api/v1/capacity} answers), kept in the {@link ReportArchive}
 * under the data directory ({@code capacity.data-dir}) and written on the schedule of
 * {@code capacity.reports.at} and {@code capacity.reports.zone} ({@code serve --report-at}, {@code --report-zone};
 * defaults {@link ReportSchedule#DEFAULTS}) when {@code capacity.reports.enabled} ({@code serve} sets it unless
 * {@code --no-reports}). One report is made at a time.
 */
@Component
public class ReportsService implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsService.class);

    private final MetricStore store;
    private final CapacityService capacity;
    private final ObjectProvider<PlanBook> books;
    private final ReportArchive archive;
    private final ReportSchedule schedule;
    private final boolean enabled;
    private final Duration firstDelay;
    private final Object making = new Object();
    private volatile ReportScheduler scheduler;
    /** The running week's last report: served again while younger than the capacity board's ttl. */
    private Report running;

    public ReportsService(MetricStore store, CapacityService capacity, ObjectProvider<PlanBook> books,
                          Environment env) {
        this.store = store;
        this.capacity = capacity;
        this.books = books;
        String dir = env.getProperty("capacity.data-dir", "");
        this.archive = dir.isBlank() ? null : new ReportArchive(Path.of(dir));
        ZoneId zone = ReportRequest.zone(env.getProperty("capacity.reports.zone",
                ReportSchedule.DEFAULTS.zone().getId()));
        String at = env.getProperty("capacity.reports.at");
        this.schedule = at == null ? new ReportSchedule(ReportSchedule.DEFAULTS.day(), ReportSchedule.DEFAULTS.at(),
                zone) : ReportSchedule.parse(at, zone);
        this.enabled = env.getProperty("capacity.reports.enabled", Boolean.class, false);
        this.firstDelay = Duration.parse(env.getProperty("capacity.reports.first-delay", "PT1M"));
    }

    public ReportSchedule schedule() {
        return schedule;
    }

    /** The kept reports, newest first; none without a data directory. */
    public List<ReportArchive.Entry> index() {
        return archive == null ? List.of() : archive.index();
    }

    /**
     * The week's report in {@code f}: the kept one, else made now, and kept when the week has ended. A running
     * week's report changes until it ends, so it is not kept; it is made again once older than the capacity
     * board's ttl, so its formats asked for in a row show the same figures.
     */
    byte[] report(ReportWeek week, ReportFormat f) {
        if (archive != null) {
            Optional<byte[]> kept = archive.read(week, f);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        synchronized (making) {
            if (archive != null) {
                Optional<byte[]> kept = archive.read(week, f);
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
            Instant now = Instant.now();
            Report r = running != null && running.week().equals(week) && now.isBefore(running.to())
                    && running.generatedAt().plus(CapacityBoard.Settings.DEFAULTS.ttl()).isAfter(now) ? running
                    : make(week);
            if (r.asOf().isBefore(r.to())) {
                running = r;
            } else if (archive != null) {
                archive.keep(r);
                return archive.read(week, f).orElseThrow();
            }
            return ReportRenderer.render(r, f);
        }
    }

    private Report make(ReportWeek week) {
        CapacityRequest template = null;
        try {
            template = capacity.template();
        } catch (PlanErrors.Unavailable e) {
            LOG.info("report {}: {}", week, e.getMessage());
        }
        CapacityThresholds t = template == null ? CapacityThresholds.DEFAULTS : template.thresholds();
        ReportRequest r = ReportRequest.DEFAULTS.withZone(schedule.zone()).withThresholds(t)
                .with(template == null ? null : template.inventory(), week, null);
        CapacityRequest live = template;
        return new WeeklyReport(StoreAccess.shared(store), Clock.systemUTC(), books.getIfAvailable(),
                clusters -> capacity.assess(live, clusters)).run(r);
    }

    /** Makes and keeps the week's report (the schedule's job). */
    void keep(ReportWeek week) {
        synchronized (making) {
            long started = System.nanoTime();
            ReportArchive.Entry e = archive.keep(make(week));
            LOG.info("reports: kept {} ({} cluster(s), {} at risk) in {} in {} ms", e.week(), e.clusters(),
                    e.atRisk(), archive.dir(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        if (archive == null) {
            LOG.warn("reports: no data directory, so no weekly report is written on a schedule");
            return;
        }
        scheduler = new ReportScheduler(schedule, Clock.systemUTC(), firstDelay, this::keep,
                w -> archive.entry(w).isPresent());
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.close();
        }
    }
}
