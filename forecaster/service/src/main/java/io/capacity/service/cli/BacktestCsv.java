package io.capacity.service.cli;

import io.capacity.core.backtest.BacktestReport;
import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.backtest.SeriesBacktest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Per-series backtest metrics, one row per series and model; written whole or not at all. */
final class BacktestCsv {
    private BacktestCsv() {
    }

    static void write(Path output, List<BacktestReport> reports) throws IOException {
        OutputFiles.write(output, w -> {
            w.write("series_id,model,mase,smape,mae,rmse,msis,coverage_80,coverage_95,windows,error");
            w.newLine();
            for (BacktestReport r : reports) {
                for (SeriesBacktest s : r.series()) {
                    w.write(row(s));
                    w.newLine();
                }
            }
        });
    }

    /** Undefined figures (a MASE whose seasonal-naive scale is zero) are empty cells, not "NaN". */
    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    private static String row(SeriesBacktest s) {
        ScoreCard c = s.scores();
        String metrics = c == null ? ",,,,,," : num(c.mase()) + "," + num(c.smape()) + "," + num(c.mae()) + ","
                + num(c.rmse()) + "," + num(c.msis()) + "," + num(c.coverage(80)) + "," + num(c.coverage(95));
        return CsvQuoting.quote(s.seriesId()) + "," + CsvQuoting.quote(s.model()) + "," + metrics + ","
                + s.windows().size() + "," + CsvQuoting.quote(s.error());
    }
}
