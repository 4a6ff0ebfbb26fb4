package io.capacity.app.pipeline;

import io.capacity.core.forecast.StartValues;
import io.capacity.core.select.AutoModel;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A series' model as the pipeline fits it: its cached choice refit while younger than {@code chooseEvery} (a constant
 * series' flat choice only while it stays constant), else the backtested automatic choice, whose result is cached in
 * {@code state}. Used by the per-series run and by the
 * cluster demand forecasts, each with its own automatic choice (its horizon) and state.
 *
 * <p>With warm starts (off by default, see {@link PipelineSettings#warmStarts()}), a refit starts each member's optimiser from the estimates the last fit ended on
 * (ARIMA coefficients, ETS and MSTL smoothing weights: {@link io.capacity.core.forecast.StartValues}), kept with the
 * cached choice; the models fall back to a cold start when a warm one fails or looks worse, and the refits and
 * fallbacks are counted for the run's log line ({@link #takeWarmCounts()}).
 */
public final class CachedChoices {
    private static final Logger LOG = LoggerFactory.getLogger(CachedChoices.class);
    private final AutoSpec auto;
    private final PipelineState state;
    private final Duration chooseEvery;
    private final boolean warmStarts;
    private final AtomicInteger warm = new AtomicInteger();
    private final AtomicInteger fellBack = new AtomicInteger();

    /**
     * A fitted model, and whether the backtest chose it just now (false: a cached choice was refit).
     */
    public record Fit(AutoModel model, boolean chose) {
        /** Whether the automatic choice fell back just now: a constant history (flat), too short, all failed. */
        public boolean fellBack() {
            return chose && (model.chosen().isEmpty() || model.chosen().get().isFlat());
        }
    }

    /**
     * Members refit from the last estimates since the counts were last taken: {@code warm} kept the warm estimate,
     * {@code fellBack} were given a start but ended on the cold estimate (the warm one failed or looked worse).
     */
    public record WarmCounts(int warm, int fellBack) {
    }

    /** Refits started cold. */
    public CachedChoices(AutoSpec auto, PipelineState state, Duration chooseEvery) {
        this(auto, state, chooseEvery, false);
    }

    /** @param warmStarts whether refits start from the last estimates (false: every refit starts cold) */
    public CachedChoices(AutoSpec auto, PipelineState state, Duration chooseEvery, boolean warmStarts) {
        this.auto = Objects.requireNonNull(auto, "auto");
        this.state = Objects.requireNonNull(state, "state");
        this.chooseEvery = Objects.requireNonNull(chooseEvery, "chooseEvery");
        this.warmStarts = warmStarts;
    }

    public AutoSpec auto() {
        return auto;
    }

    public PipelineState state() {
        return state;
    }

    /**
     * Fits series {@code id}'s model on {@code y} as of {@code now}; a fallback of the automatic choice is left to
     * the caller's {@link FallbackNotes} ({@link Fit#fellBack()}).
     */
    public Fit fit(String id, TimeSeries y, Instant now) {
        var cached = state.choice(id).filter(c -> c.chosenAt().plus(chooseEvery).isAfter(now))
                .filter(c -> applies(id, c, y));
        if (cached.isEmpty()) {
            AutoModel m;
            try (var quiet = MDC.putCloseable(FallbackNotes.MDC_KEY, id)) {
                m = auto.fit(y);
            }
            m.chosen().ifPresent(c -> state.put(id, new CachedChoice(c, now, warmStarts ? m.starts() : null)));
            return new Fit(m, true);
        }
        CachedChoice c = cached.get();
        List<StartValues> starts = warmStarts ? c.starts() : List.of();
        AutoModel m;
        try (var quiet = MDC.putCloseable(FallbackNotes.MDC_KEY, id)) {
            m = c.spec().fit(y, starts);
        }
        if (warmStarts) {
            count(starts, m.starts());
            state.put(id, new CachedChoice(c.spec(), c.chosenAt(), m.starts()));
        }
        return new Fit(m, false);
    }

    private void count(List<StartValues> given, List<StartValues> ended) {
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).isNone()) {
                continue;
            }
            boolean kept = i < ended.size() && ended.get(i).warm();
            (kept ? warm : fellBack).incrementAndGet();
        }
    }

    /** The warm refits and fallbacks counted since the last call, and resets the counts. */
    public WarmCounts takeWarmCounts() {
        return new WarmCounts(warm.getAndSet(0), fellBack.getAndSet(0));
    }

    private static boolean applies(String id, CachedChoice c, TimeSeries y) {
        if (c.spec().appliesTo(y)) {
            return true;
        }
        LOG.info("series {}: no longer constant; choosing its model again before the scheduled choice", id);
        return false;
    }
}
