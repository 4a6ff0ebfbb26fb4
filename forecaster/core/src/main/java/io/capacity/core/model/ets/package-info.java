/**
 * Exponential smoothing with additive errors (Hyndman et al., "Forecasting with Exponential Smoothing", 2008):
 * level, optional additive or damped trend, optional additive season. Smoothing parameters and the initial level and
 * trend are estimated by least squares (the additive-error likelihood) with Nelder-Mead; initial seasonal states come
 * from a classical decomposition of the first seasons instead of being estimated, which keeps a 24-period season
 * at six free parameters. {@link io.capacity.core.model.ets.EtsSpec} with {@code Trend.AUTO} picks the trend by AICc
 * and logs the choice.
 */
package io.capacity.core.model.ets;
