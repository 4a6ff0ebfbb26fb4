package io.capacity.app.series;

import io.capacity.app.RequestProblem;
import io.capacity.schema.FieldKind;
import io.capacity.schema.MetricSchema;
import io.capacity.store.MetricStore;
import io.capacity.store.RegularSeries;
import io.capacity.store.SeriesFilter;

/** Use case: one stored series' points, aggregated per step, counters as rates (see {@link RegularSeries}). */
public final class ReadPoints {
    private final MetricStore store;

    public ReadPoints(MetricStore store) {
        this.store = store;
    }

    public SeriesPoints run(PointsRequest r) {
        if (r.series() == null) {
            throw RequestProblem.of("series", "must be given");
        }
        var k = r.series();
        if (!store.series(new SeriesFilter(k.measurement(), k.field(), k.tags())).contains(k)) {
            throw RequestProblem.text("series '" + k + "' is not stored", false);
        }
        boolean rate = MetricSchema.kindOf(k.measurement(), k.field()) == FieldKind.COUNTER;
        return new SeriesPoints(k, rate, RegularSeries.read(store, k, r.from(), r.to(), r.step(), r.aggregation()));
    }
}
