package io.capacity.store;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The storage port. Both adapters (InfluxDB over its v1 HTTP API, embedded DuckDB) pass one contract test suite, so
 * everything above this interface behaves the same on either.
 *
 * <p>Writes are idempotent on (series, timestamp): writing the same point twice keeps one, with the last value, as
 * InfluxDB does. Infrastructure failures surface as {@link StoreException}, wrapped once here at the edge.
 */
public interface MetricStore extends AutoCloseable {

    /** "influxdb" or "embedded". */
    String kind();

    /** Writes one batch. Either the whole batch is stored or a StoreException is thrown. */
    void write(List<Point> points);

    /** One series over a time range, raw or aggregated per window, optionally as a per-second rate. */
    SeriesData read(SeriesQuery query);

    /**
     * {@link #read(SeriesQuery)} of each query, answers in the queries' order: what a caller reading many series over
     * one range uses (a cluster's hosts), so a store that can answers them with few queries of its own. By default
     * one read per query.
     */
    default List<SeriesData> readAll(List<SeriesQuery> queries) {
        return queries.stream().map(this::read).toList();
    }

    /** Series (measurement + tags + field) that match the filter, sorted by their canonical key. */
    List<SeriesKey> series(SeriesFilter filter);

    /**
     * When the list {@link #series(SeriesFilter)} answers from was read, for a store that keeps one (InfluxDB);
     * empty when every listing reads the store itself, or before the first listing.
     */
    default Optional<Instant> seriesListedAt() {
        return Optional.empty();
    }

    /**
     * Whether {@code key} was written as integers ({@code 42i} in line protocol), so an export can give it back
     * with its type although reads return doubles. False for a series the store does not hold.
     */
    boolean storedAsInteger(SeriesKey key);

    /**
     * Raw points of {@code key} in [from, to) with exact 64-bit values, for a series {@link #storedAsInteger}: reads
     * return doubles, exact only up to 2^53. By default the raw read's doubles, rounded (exact up to 2^53); a store
     * that keeps integers exactly overrides it.
     */
    default IntegerPoints readIntegers(SeriesKey key, Instant from, Instant to) {
        SeriesData d = read(SeriesQuery.raw(key, from, to));
        long[] values = new long[d.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(d.value(i));
        }
        return new IntegerPoints(key, d.timesNanos(), values);
    }

    /**
     * Raw points in [from, to) of a boolean or string field ({@link io.capacity.schema.Point#states()}), which
     * {@link #read} and {@link #series} leave out: they are numbers only. Empty for a field the store does not hold.
     */
    StatePoints readStates(SeriesKey key, Instant from, Instant to);

    /**
     * Starts a transaction over several {@link #write} calls: they are stored together at {@link Transaction#commit},
     * or not at all when it is closed without a commit (also when the process dies first). Empty when the store
     * cannot do that: on InfluxDB every write is stored as it is made.
     */
    default Optional<Transaction> begin() {
        return Optional.empty();
    }

    /** See {@link #begin()}. */
    interface Transaction extends AutoCloseable {
        void commit();

        /**
         * Values written in this transaction so far that replaced another at the same series and time (one stored
         * before, or one written earlier in it): the store keeps the last.
         */
        long replaced();

        /** Rolls back unless committed. */
        @Override
        void close();
    }

    /** Reachability and basic facts for health endpoints; never throws. */
    StoreHealth health();

    @Override
    void close();
}
