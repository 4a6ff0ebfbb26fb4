package io.capacity.service.pipeline;

import io.capacity.app.pipeline.PipelineRun;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** What {@code /actuator/info} shows of the pipeline: whether it is on, its schedule and the last run. */
public final class PipelineStatus {
    private final Duration every;
    private final AtomicReference<PipelineRun> last = new AtomicReference<>();

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

    void finished(PipelineRun run) {
        last.set(run);
    }
}
