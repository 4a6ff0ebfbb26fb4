/** Speed and accuracy check of auto-ARIMA on M4 Hourly, run by hand; not a test. */
package io.capacity.bench.arima;
