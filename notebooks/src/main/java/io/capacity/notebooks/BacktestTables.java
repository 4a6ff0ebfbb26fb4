package io.capacity.notebooks;

import io.capacity.app.backtest.ModelScore;
import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.backtest.SeriesBacktest;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A backtest's scores as Tablesaw tables, to sort, filter and summarise in a notebook. */
public final class BacktestTables {
    private BacktestTables() {
    }

    /**
     * One row per model: its mean scores over the series it ran on (MASE, sMAPE in percent, MAE, RMSE, MSIS, the
     * share of actuals inside the 80 % and 95 % intervals), how many series failed and the seconds it took.
     */
    public static Table models(String name, List<ModelScore> scores) {
        StringColumn model = StringColumn.create("model");
        DoubleColumn[] figures = figureColumns();
        IntColumn failed = IntColumn.create("failed");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        for (ModelScore s : scores) {
            model.append(s.model());
            add(figures, s.report().aggregate());
            failed.append(s.report().failures());
            seconds.append(s.seconds());
        }
        return Table.create(name, model).addColumns(figures).addColumns(failed, seconds);
    }

    /** One row per model and series that ran: the series' scores, its windows' mean (long format). */
    public static Table series(String name, List<ModelScore> scores) {
        StringColumn series = StringColumn.create("series");
        StringColumn model = StringColumn.create("model");
        DoubleColumn[] figures = figureColumns();
        for (ModelScore s : scores) {
            for (SeriesBacktest b : s.report().series()) {
                if (b.ok()) {
                    series.append(b.seriesId());
                    model.append(s.model());
                    add(figures, b.scores());
                }
            }
        }
        return Table.create(name, series, model).addColumns(figures);
    }

    private static DoubleColumn[] figureColumns() {
        return new DoubleColumn[] {DoubleColumn.create("MASE"), DoubleColumn.create("sMAPE"),
            DoubleColumn.create("MAE"), DoubleColumn.create("RMSE"), DoubleColumn.create("MSIS"),
            DoubleColumn.create("cov80"), DoubleColumn.create("cov95")};
    }

    private static void add(DoubleColumn[] c, ScoreCard s) {
        c[0].append(s.mase());
        c[1].append(s.smape());
        c[2].append(s.mae());
        c[3].append(s.rmse());
        c[4].append(s.msis());
        c[5].append(s.coverage(80));
        c[6].append(s.coverage(95));
    }
}
