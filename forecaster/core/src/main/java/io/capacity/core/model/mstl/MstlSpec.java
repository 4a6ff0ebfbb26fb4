package io.capacity.core.model.mstl;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.ets.Trend;
import io.capacity.core.series.TimeSeries;

import java.util.List;

/**
 * Multiple-seasonal decomposition + ETS on the adjusted series.
 *
 * @param periods seasonal periods, each at least 2 (a period with fewer than two full cycles of data is skipped)
 * @param cycles  the seasonal profile of each period averages at most this many of the latest cycles
 * @param log     decompose and forecast log values when every value is positive (else the raw scale, logged)
 * @param trend   the adjusted series' ETS trend (AUTO: chosen by AICc)
 */
public record MstlSpec(List<Integer> periods, int cycles, boolean log, Trend trend) implements ModelSpec {
    public MstlSpec {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("mstl needs at least one seasonal period");
        }
        for (int p : periods) {
            if (p < 2) {
                throw new IllegalArgumentException("seasonal periods must be at least 2, got " + p);
            }
        }
        java.util.Objects.requireNonNull(trend, "trend");
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be at least 1, got " + cycles);
        }
    }

    /** Daily and weekly on hourly data ({@code of(24, 168)}), profiles from the latest 8 cycles, raw scale, trend by AICc. */
    public static MstlSpec of(int... periods) {
        return new MstlSpec(java.util.Arrays.stream(periods).boxed().toList(), 8, false, Trend.AUTO);
    }

    public MstlSpec withLog(boolean on) {
        return new MstlSpec(periods, cycles, on, trend);
    }

    public MstlSpec withCycles(int c) {
        return new MstlSpec(periods, c, log, trend);
    }

    public MstlSpec withTrend(Trend t) {
        return new MstlSpec(periods, cycles, log, t);
    }

    /** The ETS trend form {@code fit} (an MSTL model) estimated for its adjusted series; empty for another model. */
    public static java.util.Optional<Trend> chosenTrend(FittedModel fit) {
        return fit instanceof MstlModel m ? java.util.Optional.of(m.trend()) : java.util.Optional.empty();
    }

    @Override
    public String name() {
        return log ? "mstl-log" : "mstl";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        return MstlModel.fit(series, this);
    }
}
