package io.capacity.app.series;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import java.util.List;

/** Use case: the stored series matching a filter, a page at a time (sorted by canonical key). */
public final class ListSeries {
    private final MetricStore store;

    public ListSeries(MetricStore store) {
        this.store = store;
    }

    public SeriesPage run(ListSeriesRequest request) {
        List<SeriesKey> all = store.series(request.filter());
        int start = request.after() == null ? 0 : firstAfter(all, request.after());
        int from = (int) Math.min(all.size(), (long) start + request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.limit());
        return new SeriesPage(all.subList(from, to), from, all.size());
    }

    /** Index of the first key sorting after {@code key}: the list is sorted by canonical text. */
    private static int firstAfter(List<SeriesKey> sorted, String key) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).toString().compareTo(key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
