package io.capacity.app.pipeline;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.AutoModel;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A series' model as the pipeline fits it: its cached choice refit while younger than {@code chooseEvery} (a constant
 * series' flat choice only while it stays constant), else the backtested automatic choice, whose result is cached in
 * {@code state}. Used by the per-series run and by the
 * cluster demand forecasts, each with its own automatic choice (its horizon) and state.
 */
public final class CachedChoices {
    private static final Logger LOG = LoggerFactory.getLogger(CachedChoices.class);
    private final AutoSpec auto;
    private final PipelineState state;
    private final Duration chooseEvery;

    /**
     * A fitted model, and whether the backtest chose it just now (false: a cached choice was refit).
     */
    public record Fit(AutoModel model, boolean chose) {
        /** Whether the automatic choice fell back just now: a constant history (flat), too short, all failed. */
        public boolean fellBack() {
            return chose && (model.chosen().isEmpty() || model.chosen().get().isFlat());
        }
    }

    public CachedChoices(AutoSpec auto, PipelineState state, Duration chooseEvery) {
        this.auto = Objects.requireNonNull(auto, "auto");
        this.state = Objects.requireNonNull(state, "state");
        this.chooseEvery = Objects.requireNonNull(chooseEvery, "chooseEvery");
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
        ModelSpec spec = cached.<ModelSpec>map(CachedChoice::spec).orElse(auto);
        AutoModel m;
        try (var quiet = MDC.putCloseable(FallbackNotes.MDC_KEY, id)) {
            m = (AutoModel) spec.fit(y);
        }
        boolean chose = cached.isEmpty();
        if (chose) {
            m.chosen().ifPresent(c -> state.put(id, new CachedChoice(c, now)));
        }
        return new Fit(m, chose);
    }

    private static boolean applies(String id, CachedChoice c, TimeSeries y) {
        if (c.spec().appliesTo(y)) {
            return true;
        }
        LOG.info("series {}: no longer constant; choosing its model again before the scheduled choice", id);
        return false;
    }
}
