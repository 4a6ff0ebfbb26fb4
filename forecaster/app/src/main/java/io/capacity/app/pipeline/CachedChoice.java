package io.capacity.app.pipeline;

import io.capacity.core.forecast.StartValues;
import io.capacity.core.select.ChosenSpec;
import java.time.Instant;
import java.util.List;

/**
 * A series' model choice, when the backtest made it, and where each member's next refit starts its optimiser (the
 * last fit's estimates, {@link io.capacity.core.select.AutoModel#starts()}; empty: cold).
 */
public record CachedChoice(ChosenSpec spec, Instant chosenAt, List<StartValues> starts) {
    public CachedChoice {
        if (spec == null || chosenAt == null) {
            throw new IllegalArgumentException("a cached choice needs its spec and time");
        }
        starts = starts == null ? List.of() : List.copyOf(starts);
        spec.checkStarts(starts);
    }

    /** A choice whose members' next refit starts cold. */
    public CachedChoice(ChosenSpec spec, Instant chosenAt) {
        this(spec, chosenAt, List.of());
    }
}
