/**
 * Seasonal ARIMA with regression errors and automatic order selection.
 *
 * <p>Public API: {@link io.capacity.core.model.arima.ArimaSpec} / {@link io.capacity.core.model.arima.Arima#fit}
 * for given orders, {@link io.capacity.core.model.arima.AutoArimaSpec} for Hyndman-Khandakar selection; both give
 * an immutable {@link io.capacity.core.model.arima.ArimaModel}.
 *
 * <p>Inside: the series is differenced, the ARMA put in Harvey state-space form ({@code StateSpace}), its
 * stationary initial covariance read off the autocovariances in O(r^2) ({@code ArmaCovariance}), and the exact
 * likelihood evaluated in O(n r) by Chandrasekhar recursions ({@code FastLikelihood}); missing values go through the
 * full Kalman filter ({@code KalmanFilter}). Parameters are optimised by BFGS ({@code Bfgs}) over Jones' PACF
 * transform ({@code PacfTransform}). R's forecast package is the golden reference (src/test/R/arima.R).
 */
package io.capacity.core.model.arima;
