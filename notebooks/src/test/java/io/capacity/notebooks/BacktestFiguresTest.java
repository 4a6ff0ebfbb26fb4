package io.capacity.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.StoreAccess;
import io.capacity.app.backtest.BacktestRequest;
import io.capacity.app.backtest.ModelScore;
import io.capacity.app.backtest.RunBacktest;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.backtest.WindowResult;
import io.capacity.core.series.TimeSeries;
import java.time.Instant;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BacktestFiguresTest {
    private static List<TimeSeries> series;
    private static List<ModelScore> scores;

    @BeforeAll
    static void backtest() {
        series = List.of(ForecastPlotTest.daily("a", Instant.parse("2024-03-01T00:00:00Z")),
                TimeSeries.of("b", ForecastPlotTest.daily("b", null).tail(200).values()));
        ForecastSettings s = ForecastSettings.DEFAULTS.withSource(new SeriesSource.Given(series)).withHorizon(24)
                .withModel(ModelOptions.DEFAULTS.withSeasons(24, 0)).withThreads(1);
        scores = new RunBacktest(StoreAccess.shared(null)).run(BacktestRequest.DEFAULTS.withSettings(s)
                .withModels(List.of("snaive", "naive")), score -> { });
    }

    @Test
    void theModelsTableHoldsEachModelsMeanScores() {
        Table t = BacktestTables.models("scores", scores);
        assertEquals(List.of("model", "MASE", "sMAPE", "MAE", "RMSE", "MSIS", "cov80", "cov95", "failed", "seconds"),
                t.columnNames());
        assertEquals(2, t.rowCount());
        for (int i = 0; i < 2; i++) {
            ScoreCard a = scores.get(i).report().aggregate();
            assertEquals(scores.get(i).model(), t.stringColumn("model").get(i));
            assertEquals(a.mase(), t.doubleColumn("MASE").get(i), 0);
            assertEquals(a.smape(), t.doubleColumn("sMAPE").get(i), 0);
            assertEquals(a.coverage(95), t.doubleColumn("cov95").get(i), 0);
            assertEquals(0, t.intColumn("failed").get(i));
        }
        assertTrue(t.doubleColumn("MASE").get(0) < t.doubleColumn("MASE").get(1),
                "seasonal naive beats naive on a daily cycle");
    }

    @Test
    void theSeriesTableHasOneRowPerModelAndSeries() {
        Table t = BacktestTables.series("per series", scores);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("a", "b", "a", "b"), t.stringColumn("series").asList());
        assertEquals(scores.get(1).report().series().get(1).scores().mase(), t.doubleColumn("MASE").get(3), 0);
    }

    @Test
    void theLastWindowIsDrawnWithEveryModelsForecastAtItsCutoff() {
        TimeSeries a = series.get(0);
        WindowResult w = BacktestPlots.window(scores, "naive", "a");
        assertEquals(216, w.cutoff());
        XYPlot plot = BacktestPlots.lastWindow("a", "", a, scores, List.of("snaive", "naive"), 72).chart()
                .getXYPlot();
        assertEquals(3, plot.getDatasetCount());
        assertEquals(w.forecast().mean(0), plot.getDataset(1).getYValue(0, 0), 0);
        assertEquals(72, plot.getDataset(2).getItemCount(0));
        assertEquals(w.actual()[23], plot.getDataset(2).getYValue(1, 23), 0);
        assertEquals(a.timeAt(216).toEpochMilli(), plot.getDataset(2).getXValue(1, 0), 0);
    }

    @Test
    void aModelNotBacktestedIsNamedWithThoseThatWere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BacktestPlots.window(scores, "prophet", "a"));
        assertEquals("no backtest of model prophet; have [snaive, naive]", e.getMessage());
    }
}
