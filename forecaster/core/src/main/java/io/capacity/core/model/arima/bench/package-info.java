/** Speed and accuracy check of auto-ARIMA on M4 Hourly, run by hand or by the benchmark script; not a test. */
package io.capacity.core.model.arima.bench;
