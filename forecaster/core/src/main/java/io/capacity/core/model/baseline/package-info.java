/**
 * Baseline models (naive, seasonal naive, drift, mean) with the analytic intervals of R's {@code forecast}
 * package (fpp3 section 5.5). Every other model must beat them on the backtest or say so.
 */
package io.capacity.core.model.baseline;
