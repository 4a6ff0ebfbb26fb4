package io.capacity.app.series;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import java.util.List;

/** Use case: the stored series matching a filter, a page at a time. */
public final class ListSeries {
    private final MetricStore store;

    public ListSeries(MetricStore store) {
        this.store = store;
    }

    public SeriesPage run(ListSeriesRequest request) {
        List<SeriesKey> all = store.series(request.filter());
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.limit());
        return new SeriesPage(all.subList(from, to), from, all.size());
    }
}
