package io.capacity.service.report;

import io.capacity.app.report.ReportSchedule;
import io.capacity.app.report.ReportWeek;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the weekly report on its schedule, on one daemon thread: first, after {@code firstDelay}, the last slot's
 * week when the archive lacks it (a service that was down at the slot catches up once), then at every slot. A
 * failed report is logged and tried again at the next slot.
 */
public final class ReportScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);

    private final Thread thread;
    private volatile boolean stopped;

    /**
     * @param make writes the report of a week into the archive
     * @param kept whether the archive already has a week
     */
    public ReportScheduler(ReportSchedule schedule, Clock clock, Duration firstDelay, Consumer<ReportWeek> make,
                           java.util.function.Predicate<ReportWeek> kept) {
        thread = new Thread(() -> loop(schedule, clock, firstDelay, make, kept), "weekly-report");
        thread.setDaemon(true);
        thread.start();
        LOG.info("reports: the weekly report is written {} into the data directory's reports/ (serve --report-at, "
                + "--report-zone; --no-reports for none)", schedule);
    }

    private void loop(ReportSchedule schedule, Clock clock, Duration firstDelay, Consumer<ReportWeek> make,
                      java.util.function.Predicate<ReportWeek> kept) {
        if (!sleepUntil(clock, clock.instant().plus(firstDelay))) {
            return;
        }
        ReportWeek missed = schedule.weekAt(schedule.previous(clock.instant()));
        if (!kept.test(missed)) {
            LOG.info("reports: {} is not kept yet; writing it now", missed);
            run(make, missed);
        }
        while (!stopped) {
            Instant slot = schedule.next(clock.instant());
            if (!sleepUntil(clock, slot)) {
                return;
            }
            run(make, schedule.weekAt(slot));
        }
    }

    private static void run(Consumer<ReportWeek> make, ReportWeek w) {
        try {
            make.accept(w);
        } catch (RuntimeException e) {
            LOG.warn("reports: {} failed: {}; tried again at the next slot", w, e.getMessage());
        }
    }

    private boolean sleepUntil(Clock clock, Instant t) {
        while (!stopped) {
            long ms = Duration.between(clock.instant(), t).toMillis();
            if (ms <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(ms, 60_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
