package io.capacity.notebooks;

import io.capacity.app.backtest.ModelScore;
import io.capacity.core.backtest.SeriesBacktest;
import io.capacity.core.backtest.WindowResult;
import io.capacity.core.series.TimeSeries;
import java.util.List;

/** A backtest window drawn: what the models forecast at its cutoff against what happened. */
public final class BacktestPlots {
    private BacktestPlots() {
    }

    /**
     * The last window of {@code series} (the one ending with the series): the {@code shown} values before its cutoff,
     * the held-out actuals, and the forecast each of {@code models} made there.
     */
    public static ForecastPlot lastWindow(String title, String unit, TimeSeries series, List<ModelScore> scores,
                                          List<String> models, int shown) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no model to draw");
        }
        WindowResult first = window(scores, models.get(0), series.id());
        ForecastPlot p = ForecastPlot.of(title, unit, series.head(first.cutoff())).lastValues(shown)
                .withActual(first.actual());
        for (String m : models) {
            p = p.with(m, window(scores, m, series.id()).forecast());
        }
        return p;
    }

    /** The last window {@code model} was scored on for {@code seriesId}. */
    public static WindowResult window(List<ModelScore> scores, String model, String seriesId) {
        ModelScore score = scores.stream().filter(s -> s.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no backtest of model " + model + "; have "
                        + scores.stream().map(ModelScore::model).toList()));
        SeriesBacktest b = score.report().series().stream().filter(s -> s.seriesId().equals(seriesId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model " + model + " has no backtest of series "
                        + seriesId));
        if (!b.ok()) {
            throw new IllegalArgumentException("model " + model + " failed on series " + seriesId + ": " + b.error());
        }
        return b.windows().get(b.windows().size() - 1);
    }
}
