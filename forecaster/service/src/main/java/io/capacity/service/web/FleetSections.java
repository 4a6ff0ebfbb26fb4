package io.capacity.service.web;

import io.capacity.app.DurationText;
import io.capacity.app.StoreAccess;
import io.capacity.app.capacity.RunCapacity;
import io.capacity.app.report.FleetNow;
import io.capacity.service.api.CapacityService;
import io.capacity.service.pipeline.PipelineStatus;
import io.capacity.service.report.SectionView;
import io.capacity.store.MetricStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The fleet's sections for {@code GET /}, from the service's own data: the scheduled pipeline's latest capacity run
 * ({@link PipelineStatus#lastCapacity()}), the demand and the pipeline's forecasts in the store, drawn with the
 * report's charts. Made once per pipeline run and kept (a page load then costs a template fill); before the first run,
 * or without one, made again at most every {@link #UNASSESSED_TTL}, since the store's demand still grows.
 */
@Component
public class FleetSections {
    private static final Logger LOG = LoggerFactory.getLogger(FleetSections.class);
    /** How long sections without a capacity run are kept. */
    static final Duration UNASSESSED_TTL = Duration.ofMinutes(1);

    /** The sections with their charts drawn, and the run they come from (null: none). */
    record Drawn(Instant made, Instant run, SectionView ranking, List<SectionView> clusters) {
    }

    private final FleetNow fleet;
    private final CapacityService capacity;
    private final ObjectProvider<PipelineStatus> pipeline;
    private final Clock clock = Clock.systemUTC();
    private Drawn drawn;

    public FleetSections(MetricStore store, CapacityService capacity, ObjectProvider<PipelineStatus> pipeline) {
        this.fleet = new FleetNow(StoreAccess.shared(store), clock);
        this.capacity = capacity;
        this.pipeline = pipeline;
    }

    /** The sections as of the latest run, times in {@code zone}. */
    synchronized Drawn now(ZoneId zone) {
        PipelineStatus status = pipeline.getIfAvailable();
        RunCapacity run = status == null ? null : status.lastCapacity().orElse(null);
        Instant runAt = run == null ? null : run.computedAt();
        Instant now = clock.instant();
        if (drawn != null && Objects.equals(drawn.run(), runAt)
                && (runAt != null || drawn.made().plus(UNASSESSED_TTL).isAfter(now))) {
            return drawn;
        }
        try {
            FleetNow.Fleet f = fleet.run(new FleetNow.Request(capacity.inventory().orElse(null),
                    capacity.thresholds(), zone, why(status)), run);
            drawn = new Drawn(now, runAt, SectionView.of(f.ranking(), false),
                    f.clusters().stream().map(s -> SectionView.of(s, false)).toList());
            return drawn;
        } catch (RuntimeException e) {
            // Not kept: the next load tries again.
            LOG.warn("web: cannot read the fleet for /: {}", e.getMessage());
            FleetNow.Fleet f = FleetNow.unreadable(now, "The fleet could not be read: " + e.getMessage());
            return new Drawn(now, runAt, SectionView.of(f.ranking(), false), List.of());
        }
    }

    /** Why there is no capacity run to show. */
    private static String why(PipelineStatus status) {
        if (status == null || !status.plans()) {
            return "The scheduled pipeline does not assess capacity in this service (it does with an inventory, "
                    + "serve --inventory FILE or --demo, unless --no-pipeline), so there is no ranking here; "
                    + "GET /api/v1/capacity assesses on demand.";
        }
        return "No capacity assessed yet: the pipeline's first run assesses every cluster, within about a minute "
                + "of the start" + status.every().map(e -> ", then every " + DurationText.of(e))
                .orElse("") + ". Reload this page then.";
    }
}
