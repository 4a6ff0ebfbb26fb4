package io.capacity.service.api;

import io.capacity.app.DurationText;
import io.capacity.app.StoreAccess;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityBoard;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.capacity.RunCapacity;
import io.capacity.app.demo.DemoStart;
import io.capacity.service.pipeline.PipelineStatus;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What {@code GET /api/v1/capacity} assesses and with what: the inventory ({@code serve --inventory FILE}, else the
 * demo fleet's), the thresholds ({@code serve --capacity-critical-days} and {@code --capacity-warning-days}, Spring
 * properties {@code capacity.capacity-critical-days} and {@code capacity.capacity-warning-days}, defaults
 * {@link CapacityThresholds#DEFAULTS}), the horizon ({@code serve --capacity-horizon}, property
 * {@code capacity.capacity-horizon}, default {@link CapacityRequest#DEFAULTS}'), and the {@link CapacityBoard} that
 * keeps the assessments. When the scheduled pipeline plans the inventory's clusters, each run assesses them with
 * these same settings, and a request asking exactly that is answered from the latest run while it is fresh (younger
 * than the schedule plus the board's ttl: one late run is tolerated, a failed one is not); other questions, and every
 * question before the first run, are assessed on demand. With {@code capacity.capacity-warm=true} ({@code serve}
 * sets it) every cluster is assessed in the background once the service is up, so the first request finds them
 * ready, unless the pipeline plans: its first run assesses them.
 */
@Component
public class CapacityService implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(CapacityService.class);

    private final Path inventory;
    private final CapacityThresholds thresholds;
    private final CapacityBoard board;
    private final boolean warm;
    private final Duration horizon;
    private final PipelineStatus pipeline;

    public CapacityService(MetricStore store, ObjectProvider<DemoStart> demo, ObjectProvider<PipelineStatus> status,
                           Environment env) {
        String given = env.getProperty("capacity.inventory", "");
        DemoStart d = demo.getIfAvailable();
        this.inventory = !given.isBlank() ? Path.of(given) : d != null ? d.inventory() : null;
        Long critical = env.getProperty("capacity.capacity-critical-days", Long.class);
        Long warning = env.getProperty("capacity.capacity-warning-days", Long.class);
        this.thresholds = critical == null && warning == null ? CapacityThresholds.DEFAULTS
                : CapacityThresholds.ofDays(critical == null ? CapacityThresholds.DEFAULTS.critical().toDays()
                : critical, warning == null ? CapacityThresholds.DEFAULTS.warning().toDays() : warning);
        this.warm = env.getProperty("capacity.capacity-warm", Boolean.class, false);
        String h = env.getProperty("capacity.capacity-horizon", "");
        this.horizon = h.isBlank() ? CapacityRequest.DEFAULTS.horizon() : DurationText.parse(h);
        this.pipeline = status.getIfAvailable();
        this.board = new CapacityBoard(new AssessCapacity(StoreAccess.shared(store), Clock.systemUTC()),
                Clock.systemUTC(), CapacityBoard.Settings.DEFAULTS);
    }

    /** The inventory the service assesses (given, else the demo fleet's); empty without one. */
    public java.util.Optional<Path> inventory() {
        return java.util.Optional.ofNullable(inventory);
    }

    /** The criticality thresholds every cluster is rated with. */
    public CapacityThresholds thresholds() {
        return thresholds;
    }

    /** The request every cluster is assessed with; 503 when the service has no inventory. */
    CapacityRequest template() {
        if (inventory == null) {
            throw new PlanErrors.Unavailable("no inventory to assess: start the service with --inventory FILE (or "
                    + "--demo for the simulated fleet's)");
        }
        CapacityRequest d = CapacityRequest.DEFAULTS;
        return d.withCluster(inventory, null).withThresholds(thresholds).withWindow(d.history(), d.step(), horizon);
    }

    /** The ids of the clusters of {@code inventory}, read once per change of the file. */
    List<String> clusters(Path inventory) {
        return board.clusters(inventory);
    }

    /** {@code template} for {@code clusters}: from the pipeline's latest run where it is fresh, else on demand. */
    CapacityBoard.Overview assess(CapacityRequest template, List<String> clusters) {
        RunCapacity latest = pipeline == null ? null : pipeline.lastCapacity().orElse(null);
        Duration fresh = pipeline == null ? Duration.ZERO : pipeline.every().orElse(Duration.ZERO)
                .plus(CapacityBoard.Settings.DEFAULTS.ttl());
        return board.assess(template, clusters, latest, fresh);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!warm || inventory == null) {
            return;
        }
        if (pipeline != null && pipeline.plans()) {
            LOG.info("capacity: the pipeline's first run assesses every cluster of {}; until it has, GET "
                    + "/api/v1/capacity assesses on demand", inventory);
            return;
        }
        try {
            board.warm(template(), board.clusters(inventory));
            LOG.info("capacity: assessing every cluster of {} in the background, so GET /api/v1/capacity finds "
                    + "them ready", inventory);
        } catch (RuntimeException e) {
            LOG.warn("capacity: cannot assess {} in the background: {}", inventory, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        board.close();
    }
}
