package io.capacity.planner.sim;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

/** Wraps a spec and records how much history each fit saw. */
final class PeekSpy implements ModelSpec {
    private final ModelSpec inner;
    int calls;
    int maxSeen;
    int minSeen = Integer.MAX_VALUE;

    PeekSpy(ModelSpec inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return "spy";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        calls++;
        maxSeen = Math.max(maxSeen, series.size());
        minSeen = Math.min(minSeen, series.size());
        return inner.fit(series);
    }
}
