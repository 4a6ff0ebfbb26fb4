package io.capacity.store.io;

import io.capacity.schema.Point;
import java.time.Instant;

/**
 * Counts rows that repeat the timestamp of the row just before them for the same series and field. A store keeps one
 * value per series and time (the last written), so such rows collapse; real exports do this around clock changes
 * (NAB's AWS files log the hour a US clock skipped as twelve rows at 03:00:00). They are not errors, but the user
 * is told, since values are lost to the collapse.
 */
final class Repeats {
    private Point previous;
    long count;
    private String first;

    void see(Point p) {
        Point prev = previous;
        previous = p;
        if (prev != null && prev.timeNanos() == p.timeNanos() && prev.measurement().equals(p.measurement())
                && prev.tags().equals(p.tags()) && shareField(prev, p)) {
            if (count++ == 0) {
                first = p.key(p.fields().firstKey()) + " at " + Instant.ofEpochSecond(0, p.timeNanos());
            }
        }
    }

    private static boolean shareField(Point a, Point b) {
        for (String f : b.fields().keySet()) {
            if (a.fields().containsKey(f)) {
                return true;
            }
        }
        return false;
    }

    /** Empty when nothing repeated, else a clause for the file's report. */
    String note() {
        return count == 0 ? "" : "; " + count + " rows repeated the time of the row before them (first: " + first
                + "): the store keeps one value per series and time, the last";
    }
}
