package io.capacity.app.pipeline;

import io.capacity.core.select.ChosenSpec;
import java.time.Instant;

/** A series' model choice and when the backtest made it. */
public record CachedChoice(ChosenSpec spec, Instant chosenAt) {
    public CachedChoice {
        if (spec == null || chosenAt == null) {
            throw new IllegalArgumentException("a cached choice needs its spec and time");
        }
    }
}
