package io.capacity.app.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The summary of one pipeline run.
 *
 * @param started     the run's clock time (forecasts are issued at it, accuracy points stamped with it)
 * @param wallSeconds wall time of the run
 * @param cpuSeconds  CPU time the process used during the run (every thread)
 * @param chosen      series whose model the backtest chose in this run
 * @param cached      series whose cached choice was refit
 * @param scored      accuracy points written (series whose previous forecast met new actuals)
 * @param outcomes    one per series in scope
 */
public record PipelineRun(Instant started, double wallSeconds, double cpuSeconds, int chosen, int cached, int scored,
                          List<SeriesOutcome> outcomes) {
    public PipelineRun {
        outcomes = List.copyOf(outcomes);
    }

    public int selected() {
        return outcomes.size();
    }

    public int count(SeriesOutcome.Status s) {
        return (int) outcomes.stream().filter(o -> o.status() == s).count();
    }

    public String summary() {
        return String.format("pipeline run at %s: %d series, %d forecast (%d chosen by backtest, %d cached choices "
                        + "refit), %d failed, %d skipped, %d scored; %.1f s wall, %.1f s CPU", started, selected(),
                count(SeriesOutcome.Status.FORECAST), chosen, cached, count(SeriesOutcome.Status.FAILED),
                count(SeriesOutcome.Status.SKIPPED), scored, wallSeconds, cpuSeconds);
    }
}
