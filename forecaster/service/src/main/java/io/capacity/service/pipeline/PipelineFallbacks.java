package io.capacity.service.pipeline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.capacity.app.pipeline.FallbackNotes;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Drops the core's per-series warning that the automatic choice fell back (a constant series' flat forecast, a series
 * too short or whose candidates all failed) while the scheduled pipeline chooses a model: each run then says it once,
 * with a count and examples, and each series at DEBUG ({@link FallbackNotes}). Registered in {@code logback.xml};
 * the same warnings from the command line's forecasts are kept.
 */
public final class PipelineFallbacks extends TurboFilter {
    /** The core's logger for the automatic choice's fallbacks. */
    static final String FALLBACKS = "io.capacity.core.select.Fallbacks";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == Level.WARN && logger.getName().equals(FALLBACKS) && MDC.get(FallbackNotes.MDC_KEY) != null) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
