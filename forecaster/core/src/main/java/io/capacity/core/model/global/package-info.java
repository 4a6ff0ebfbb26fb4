/**
 * A global model: one direct linear autoregression learnt across every series of a batch. Each training row is a
 * window of the last {@code lags} values of one series, centred on the window's mean and divided by its standard
 * deviation (so series of any scale share coefficients), and its targets are the next {@code horizon} values in
 * the same units; one ridge regression per step ahead shares the windows' cross-products, so training is one
 * Cholesky factorisation for all steps. Interval half-widths are the empirical quantiles, per step ahead, of the
 * pooled absolute training errors in those units, times the series' own window deviation.
 *
 * <p>{@link io.capacity.core.model.global.GlobalSpec} binds to a batch through
 * {@link io.capacity.core.forecast.ModelSpec#forBatch}; a series is forecast with the coefficients learnt from every
 * series of the batch cut at the same distance from its end (so a backtest never trains on what it scores). A
 * series the batch does not hold (or a spec never bound) is fitted on its own history alone.
 */
package io.capacity.core.model.global;
