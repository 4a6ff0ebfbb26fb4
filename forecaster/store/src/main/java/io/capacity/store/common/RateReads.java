package io.capacity.store.common;

import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import java.util.function.Function;

/**
 * The read path both adapters share: a rate query reads raw points through the adapter, derives
 * {@link CounterRates} and windows them with {@link Windows}; other queries go to the adapter unchanged.
 */
public final class RateReads {
    private RateReads() {
    }

    /**
     * @param query  what the caller asked for
     * @param nativeRead the adapter's own read for non-rate queries (raw or windowed)
     */
    public static SeriesData read(SeriesQuery query, Function<SeriesQuery, SeriesData> nativeRead) {
        if (!query.rate()) {
            return nativeRead.apply(query);
        }
        SeriesData raw = nativeRead.apply(nativeQuery(query));
        SeriesData rates = CounterRates.of(raw);
        return query.window() == null ? rates : Windows.aggregate(rates, query.window(), query.aggregation());
    }

    /** What {@link #read} asks the adapter for: a rate query's raw points, any other query as it is. */
    public static SeriesQuery nativeQuery(SeriesQuery query) {
        return query.rate() ? SeriesQuery.raw(query.key(), query.from(), query.to()) : query;
    }
}
