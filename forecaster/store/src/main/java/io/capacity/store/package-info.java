/**
 * The storage port ({@link io.capacity.store.MetricStore}) and its value types, plus how to get one:
 * {@link io.capacity.store.StoreConfig} (environment {@code CAPACITY_INFLUX_*}, {@code CAPACITY_DATA_DIR}, validated
 * all at once) and {@link io.capacity.store.open.Stores#open}, which picks InfluxDB when a URL is set and the embedded
 * DuckDB file otherwise.
 *
 * <p>Adapters live in sub-packages ({@code influx}, {@code embedded}); behaviour both must share exactly — counter
 * rates, Java-side windows, nearest-rank P95, the forecast layout — is written once in {@code common}. Import and
 * export formats go in {@code io}. Every adapter passes the same contract test suite
 * ({@code MetricStoreContract} in the tests), so code above the port cannot tell them apart.
 */
package io.capacity.store;
