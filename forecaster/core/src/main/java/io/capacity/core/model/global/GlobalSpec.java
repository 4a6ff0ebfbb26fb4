package io.capacity.core.model.global;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.hint.Hints;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The global model (package comment): one linear autoregression learnt across the series of a batch.
 *
 * @param season the seasonal period the batch's gaps are filled with
 * @param design lags, steps ahead and penalty of the regression
 * @param pool   the batch it learns across ({@link SeriesPool#NONE} until {@link #forBatch} binds one)
 */
public record GlobalSpec(int season, LagDesign design, SeriesPool pool) implements ModelSpec {
    private static final Logger LOG = LoggerFactory.getLogger(GlobalSpec.class);

    public GlobalSpec {
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1 (1 for none), got " + season);
        }
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(pool, "pool");
    }

    /** Unbound: fits each series on its own until {@link #forBatch} gives it the batch. */
    public static GlobalSpec of(int season, LagDesign design) {
        return new GlobalSpec(season, design, SeriesPool.NONE);
    }

    @Override
    public String name() {
        return "global";
    }

    @Override
    public GlobalSpec forBatch(List<TimeSeries> batch) {
        return new GlobalSpec(season, design, SeriesPool.of(batch, season));
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        double[] y = finite(series);
        Optional<Integer> cut = pool.cutOf(series);
        if (cut.isPresent() && y.length > design.lags()) {
            return new GlobalModel(this, series, pool.fitAt(design, cut.get()), "pooled over "
                    + pool.size() + " series");
        }
        if (pool.size() > 0) {
            LOG.info("series {}: not among the {} series the global model learns across, or shorter than its {} lags;"
                            + " learnt from its own history alone (override with {})", series.id(), pool.size(),
                    design.lags(), Hints.option("model", "NAME"));
        }
        LagDesign own = y.length > design.trainingLength() + 2 * design.width() ? design : design.shrunkTo(y.length);
        return new GlobalModel(this, series, DirectRidge.train(List.of(y), own), "own history");
    }

    private static double[] finite(TimeSeries series) {
        double[] y = series.values();
        if (y.length < 4) {
            throw new IllegalArgumentException("the global model needs at least 4 values, series " + series.id()
                    + " has " + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series " + series.id() + " has a non-finite value at index " + i
                        + " (" + y[i] + "); fill gaps with GapFiller before fitting");
            }
        }
        return y;
    }
}
