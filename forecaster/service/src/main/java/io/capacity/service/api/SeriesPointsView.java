package io.capacity.service.api;

import io.capacity.app.series.PointsRequest;
import io.capacity.app.series.SeriesPoints;
import io.capacity.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One series' points as {@code GET /api/v1/series/{key}/points} shows them: the series, the grid asked for, the
 * unit of the values (a counter's per second), and each window's start and value (null: no data in it).
 *
 * @param rate whether the values are per-second rates of a counter
 */
public record SeriesPointsView(SeriesView series, boolean rate, String unit, String from, String to, String step,
                               String agg, int count, List<Point> points) {

    /** One window: its start (ISO-8601 UTC) and its value, null when it holds no data. */
    public record Point(String time, Double value) {
    }

    static SeriesPointsView of(SeriesPoints p, PointsRequest r) {
        SeriesView s = SeriesView.of(p.key());
        TimeSeries v = p.values();
        List<Point> points = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            double x = v.value(i);
            points.add(new Point(v.timeAt(i).toString(), Double.isFinite(x) ? x : null));
        }
        String unit = s.unit() == null ? null : p.rate() ? s.unit() + "/s" : s.unit();
        return new SeriesPointsView(s, p.rate(), unit, r.from().toString(), r.to().toString(), r.step().toString(),
                r.aggregation().name().toLowerCase(Locale.ROOT), points.size(), points);
    }
}
