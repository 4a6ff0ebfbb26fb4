package io.capacity.app.series;

import io.capacity.app.RequestProblem;
import io.capacity.store.SeriesFilter;

/**
 * Which stored series to list: a filter and a page of the sorted keys. A page starts {@code offset} keys into the
 * matching list, or, with {@code after}, at the first key that sorts after that canonical key (a keyset page: series
 * added or removed meanwhile neither repeat nor skip a key, as they would by position).
 *
 * @param offset keys to skip, at least 0 (after {@code after} when both are given)
 * @param limit  keys to return at most, at least 1
 * @param after  the canonical key the page follows (the last one of the previous page); null: from the first
 */
public record ListSeriesRequest(SeriesFilter filter, int offset, int limit, String after) {
    /** Every series, all of them. */
    public static final ListSeriesRequest DEFAULTS = new ListSeriesRequest(SeriesFilter.all(), 0, Integer.MAX_VALUE);

    public ListSeriesRequest {
        if (filter == null) {
            throw RequestProblem.of("selection", "must be given (all series: an empty filter)");
        }
        if (offset < 0) {
            throw RequestProblem.of("offset", offset, "expected at least 0");
        }
        if (limit < 1) {
            throw RequestProblem.of("limit", limit, "expected at least 1");
        }
    }

    public ListSeriesRequest(SeriesFilter filter, int offset, int limit) {
        this(filter, offset, limit, null);
    }

    public ListSeriesRequest withFilter(SeriesFilter f) {
        return new ListSeriesRequest(f, offset, limit, after);
    }

    public ListSeriesRequest withPage(int offset, int limit) {
        return new ListSeriesRequest(filter, offset, limit, after);
    }

    /** The page that follows the canonical key {@code key} (null: from the first). */
    public ListSeriesRequest withAfter(String key) {
        return new ListSeriesRequest(filter, offset, limit, key);
    }
}
