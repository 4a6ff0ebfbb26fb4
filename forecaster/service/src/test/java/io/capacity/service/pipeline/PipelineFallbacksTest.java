package io.capacity.service.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.capacity.app.StoreAccess;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.SeriesOutcome;
import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A pipeline run over many constant series (idle counters such as {@code usage_guest} at 0) logs one summary line
 * with the service's log configuration, not the core's warning per series; outside a run the warning stays.
 */
class PipelineFallbacksTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:20:00Z");

    @TempDir
    Path dir;

    @Test
    void aRunSaysOnceHowManySeriesFellBack() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            List<Point> points = new ArrayList<>();
            Instant start = NOW.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(14));
            for (int h = 0; h < 12; h++) {
                for (int i = 0; i < 14 * 24; i++) {
                    points.add(Point.of("cpu", Map.of("cpu", "cpu-total", "host", "web" + h), "usage_guest", 0.0,
                            start.plus(Duration.ofHours(i)).getEpochSecond() * 1_000_000_000L));
                }
            }
            store.write(points);
            PipelineRun run = new ForecastPipeline(StoreAccess.shared(store), Clock.fixed(NOW, ZoneOffset.UTC),
                    PipelineSettings.DEFAULTS.withThreads(2), PipelineState.inMemory()).run();
            assertEquals(12, run.count(SeriesOutcome.Status.FORECAST));
            List<String> warnings = lines(log, Level.WARN);
            assertEquals(List.of(), warnings, "no warning per constant series");
            List<String> summary = lines(log, Level.INFO).stream().filter(l -> l.contains("had no backtested choice"))
                    .toList();
            assertEquals(1, summary.size(), summary.toString());
            assertTrue(summary.get(0).startsWith("pipeline: 12 series had no backtested choice"), summary.get(0));
            assertTrue(summary.get(0).contains("e.g. cpu,cpu=cpu-total,host=web0 usage_guest, "), summary.get(0));
            assertTrue(summary.get(0).contains(" and 9 more; each is logged with CAPACITY_LOG_LEVEL=DEBUG"),
                    summary.get(0));

            // Outside a pipeline run the core still warns (the command line's forecasts).
            LoggerFactory.getLogger(PipelineFallbacks.FALLBACKS).warn("series x: Flat at 0.0");
            assertEquals(List.of("series x: Flat at 0.0"), lines(log, Level.WARN));
        } finally {
            root.detachAppender(log);
        }
    }

    private static List<String> lines(ListAppender<ILoggingEvent> log, Level level) {
        synchronized (log.list) {
            return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }
    }
}
