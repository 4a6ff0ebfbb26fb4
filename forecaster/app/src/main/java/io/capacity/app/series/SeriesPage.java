package io.capacity.app.series;

import io.capacity.schema.SeriesKey;
import java.util.List;

/**
 * One page of matching series keys, sorted by canonical key.
 *
 * @param total how many series matched in all
 */
public record SeriesPage(List<SeriesKey> keys, int offset, int total) {
    public SeriesPage {
        keys = List.copyOf(keys);
        if (offset < 0 || total < keys.size()) {
            throw new IllegalArgumentException("a page of " + keys.size() + " keys at " + offset + " of " + total);
        }
    }

    /** Whether keys follow this page. */
    public boolean more() {
        return offset + keys.size() < total;
    }
}
