package io.capacity.app.report;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.median;
import static tech.tablesaw.aggregate.AggregateFunctions.percentile95;

import io.capacity.core.series.TimeSeries;
import io.capacity.planner.model.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each cluster dimension's demand in the report's week and the week before, summarised with Tablesaw: one row per
 * observed step (cluster, dimension, week, value), grouped by cluster, dimension and week into median, 95th
 * percentile and maximum. Steps without data are left out, so a week with none has no row.
 */
final class WeekStats {
    /** The summary of one week of a dimension: {@code count} observed steps. */
    record Stats(double p50, double p95, double max, int count) {
        static final Stats NONE = new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** One cluster dimension: the report's week and the week before. */
    record DimensionWeek(String cluster, Dimension dimension, Stats week, Stats before) {
        /** Change of the 95th percentile against the week before, as a fraction; NaN without both. */
        double p95Change() {
            return before.count() > 0 && week.count() > 0 && before.p95() != 0 ? week.p95() / before.p95() - 1
                    : Double.NaN;
        }
    }

    private WeekStats() {
    }

    /** {@code demand}'s steps in [from, to) (this week) and the week before it, per cluster and dimension. */
    static List<DimensionWeek> of(Map<String, Map<Dimension, TimeSeries>> demand, Instant from, Instant to,
                                  Instant before) {
        StringColumn cluster = StringColumn.create("cluster");
        StringColumn dimension = StringColumn.create("dimension");
        IntColumn week = IntColumn.create("week");
        DoubleColumn value = DoubleColumn.create("value");
        demand.forEach((c, dims) -> dims.forEach((d, y) -> {
            for (int i = 0; i < y.size(); i++) {
                Instant t = y.timeAt(i);
                int w = !t.isBefore(from) && t.isBefore(to) ? 0 : !t.isBefore(before) && t.isBefore(from) ? 1 : -1;
                if (w >= 0 && Double.isFinite(y.value(i))) {
                    cluster.append(c);
                    dimension.append(d.name());
                    week.append(w);
                    value.append(y.value(i));
                }
            }
        }));
        Table steps = Table.create("steps", cluster, dimension, week, value);
        Table summary = steps.summarize("value", median, percentile95, max, count).by("cluster", "dimension", "week");
        List<DimensionWeek> out = new ArrayList<>();
        demand.forEach((c, dims) -> dims.keySet().forEach(d ->
                out.add(new DimensionWeek(c, d, find(summary, c, d, 0), find(summary, c, d, 1)))));
        return out;
    }

    private static Stats find(Table summary, String cluster, Dimension d, int week) {
        for (int i = 0; i < summary.rowCount(); i++) {
            if (summary.stringColumn(0).get(i).equals(cluster) && summary.stringColumn(1).get(i).equals(d.name())
                    && summary.numberColumn(2).getDouble(i) == week) {
                return new Stats(summary.numberColumn(3).getDouble(i), summary.numberColumn(4).getDouble(i),
                        summary.numberColumn(5).getDouble(i), (int) summary.numberColumn(6).getDouble(i));
            }
        }
        return Stats.NONE;
    }
}
