package io.capacity.app.series;

import io.capacity.app.RequestProblem;
import io.capacity.store.SeriesFilter;

/**
 * Which stored series to list: a filter and a page of the sorted keys.
 *
 * @param offset keys to skip, at least 0
 * @param limit  keys to return at most, at least 1
 */
public record ListSeriesRequest(SeriesFilter filter, int offset, int limit) {
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

    public ListSeriesRequest withFilter(SeriesFilter f) {
        return new ListSeriesRequest(f, offset, limit);
    }

    public ListSeriesRequest withPage(int offset, int limit) {
        return new ListSeriesRequest(filter, offset, limit);
    }
}
