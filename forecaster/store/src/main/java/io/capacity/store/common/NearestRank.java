package io.capacity.store.common;

/**
 * InfluxDB's {@code percentile(field, p)}: the nearest-rank value, at 0-based index
 * {@code floor(n * p / 100 + 0.5) - 1} of the sorted values, none when that index falls outside. The embedded store
 * computes the same index in SQL, so both stores return identical values.
 */
public final class NearestRank {
    private NearestRank() {
    }

    /** 0-based index into {@code n} sorted values, or -1 when InfluxDB would return no value. */
    public static int index(int n, double percentile) {
        // Same float expression as InfluxDB's Go code, so borderline ranks round the same way.
        int i = (int) Math.floor((double) n * percentile / 100.0 + 0.5) - 1;
        return i < 0 || i >= n ? -1 : i;
    }
}
