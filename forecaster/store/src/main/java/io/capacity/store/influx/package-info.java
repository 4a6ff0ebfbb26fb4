/**
 * The InfluxDB adapter: {@link io.capacity.store.influx.InfluxMetricStore} speaks only the v1 HTTP API (line
 * protocol writes, InfluxQL queries) through influxdb-java, so one code path serves InfluxDB 1.x and the
 * v1-compatible endpoints of 2.x/3.x (use a token there). {@code InfluxQl} quotes every name and literal;
 * {@code InfluxClient} is the single place library and HTTP errors become {@link io.capacity.store.StoreException}.
 * Windowed aggregates run in InfluxQL; counter rates and forecasts use the shared code in
 * {@code io.capacity.store.common}.
 */
package io.capacity.store.influx;
