package io.capacity.app.pipeline;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The series of one run whose automatic choice fell back (a constant history, flat; too short to backtest; every
 * candidate failed): each is a DEBUG line here and the run logs one summary, instead of the core's warning per series
 * (dozens at a fresh start, one per idle counter such as {@code usage_guest}). While the pipeline chooses a model the
 * thread's MDC holds {@link #MDC_KEY}, and the service's log configuration drops the core's per-series fallback
 * warnings inside it ({@code service.pipeline.PipelineFallbacks}); elsewhere (the command line) they stay.
 */
public final class FallbackNotes {
    /** MDC key set while the pipeline's automatic choice runs: its fallbacks are summarised per run. */
    public static final String MDC_KEY = "capacity.pipeline.choice";
    /** Series named in the summary line. */
    static final int EXAMPLES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FallbackNotes.class);

    private final Queue<String> series = new ConcurrentLinkedQueue<>();

    /** Notes a fallback of series {@code id}, with the core's account of it ({@code decision}). */
    public void add(String id, String decision) {
        series.add(id);
        LOG.debug("{}", decision);
    }

    public int size() {
        return series.size();
    }

    /**
     * The summary line, if any series fell back, naming the first few by key order (the same whatever order the
     * threads finished in); {@code what} names the run (e.g. {@code pipeline}).
     */
    public void log(String what) {
        List<String> all = series.stream().sorted().toList();
        if (all.isEmpty()) {
            return;
        }
        LOG.info("{}: {} series had no backtested choice (constant: flat forecast, or too short, or every candidate "
                        + "failed), graded in their forecasts, e.g. {}{}; each is logged with "
                        + "CAPACITY_LOG_LEVEL=DEBUG", what, all.size(),
                String.join(", ", all.subList(0, Math.min(EXAMPLES, all.size()))),
                all.size() > EXAMPLES ? " and " + (all.size() - EXAMPLES) + " more" : "");
    }
}
