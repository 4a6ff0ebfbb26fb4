package io.capacity.service.pipeline;

import io.capacity.app.capacity.RunCapacity;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.cluster.ClusterRun;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code /actuator/info} shows of the pipeline: whether it is on, its schedule, the last run and the last
 * run's cluster plans (when it plans), whose capacity {@code GET /api/v1/capacity} serves; and, once it started,
 * the pipeline itself, whose stored forecasts and cached choices the forecasts API serves.
 */
public final class PipelineStatus {
    private final Duration every;
    private final AtomicReference<PipelineRun> last = new AtomicReference<>();
    private final AtomicReference<ForecastPipeline> pipeline = new AtomicReference<>();
    private final AtomicReference<ClusterRun> lastPlans = new AtomicReference<>();
    private volatile boolean plans;

    /** @param every the schedule, null when the pipeline is off */
    public PipelineStatus(Duration every) {
        this.every = every;
    }

    public Optional<Duration> every() {
        return Optional.ofNullable(every);
    }

    public Optional<PipelineRun> last() {
        return Optional.ofNullable(last.get());
    }

    /** The running pipeline, once started. */
    public Optional<ForecastPipeline> pipeline() {
        return Optional.ofNullable(pipeline.get());
    }

    void started(ForecastPipeline p) {
        pipeline.set(p);
    }

    /** The last run's cluster plans; empty until a run planned, or when the pipeline has no inventory. */
    public Optional<ClusterRun> lastPlans() {
        return Optional.ofNullable(lastPlans.get());
    }

    /** The capacity the last run's cluster plans assessed; empty before one, or when the pipeline plans nothing. */
    public Optional<RunCapacity> lastCapacity() {
        return lastPlans().map(ClusterRun::capacity);
    }

    /** Whether each run plans (and assesses) the clusters of an inventory. */
    public boolean plans() {
        return plans;
    }

    void planning() {
        plans = true;
    }

    void finished(PipelineRun run) {
        last.set(run);
    }

    void planned(ClusterRun run) {
        lastPlans.set(run);
    }
}
