/**
 * Use case: answer forecast queries for a front end (the REST API's {@code /api/v1/forecasts}). A query names a
 * selection of stored series (or their sums per tag value) and the forecast wanted; each series' answer is the
 * pipeline's stored forecast when it matches, else one computed through {@link io.capacity.app.forecast} and kept
 * in a bounded cache until newer data arrive. Each answer carries the evidence for trusting it: grade, backtest
 * MASE and, per interval level, a measured coverage with where it was measured. Ad-hoc series given with a request
 * are forecast the same way and stored nowhere.
 */
package io.capacity.app.query;
