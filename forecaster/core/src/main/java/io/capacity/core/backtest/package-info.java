/**
 * Rolling-origin backtests in Prophet's vocabulary ({@code initial}, {@code period}, {@code horizon}, or explicit
 * cutoffs) over any {@link io.capacity.core.forecast.ModelSpec}, scored with the M4 competition's metrics (MASE
 * and MSIS scaled by the in-sample seasonal-naive MAE, sMAPE) plus MAE, RMSE and interval coverage. Series run in
 * parallel; a failing fit marks its series failed and never stops the batch.
 */
package io.capacity.core.backtest;
