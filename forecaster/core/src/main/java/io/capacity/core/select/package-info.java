/**
 * Automatic model choice per series. {@link io.capacity.core.select.AutoSpec} is itself a
 * {@link io.capacity.core.forecast.ModelSpec}: fitting it backtests every candidate on rolling windows at the end
 * of the history, keeps the best (or an ensemble of the top k), recalibrates the intervals by split-conformal
 * scores from those same windows, clips to known bounds and grades the result. Every decision is logged with the
 * command-line switch that overrides it, and recorded in {@link io.capacity.core.select.Selection}.
 */
package io.capacity.core.select;
