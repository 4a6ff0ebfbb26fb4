/**
 * A Prophet-style decomposable model: {@code y = trend * (1 + multiplicative terms) + additive terms + noise}, with a
 * piecewise-linear or logistic trend whose rate may change at changepoints (Laplace prior, so most changes are
 * shrunk to nothing), Fourier seasonalities, event indicators and extra regressors (normal priors).
 *
 * <p>Entry point: {@link io.capacity.core.model.prophet.ProphetSpec#builder()} then {@code fit(series)} gives an
 * immutable {@link io.capacity.core.model.prophet.ProphetModel}.
 *
 * <p>How it differs from Prophet and why:
 * <ul>
 *   <li><b>Fit.</b> Same posterior (normal likelihood, Laplace on rate changes, normal on coefficients, half-normal
 *       on the noise), found without Stan. With linear growth and additive terms the model is linear in its
 *       parameters, so an exact active-set lasso alternating with the noise scale finds the mode ({@code LinearMapSolver}); logistic
 *       growth or multiplicative terms go to a hand-written L-BFGS on the analytic gradient ({@code Lbfgs}).</li>
 *   <li><b>Logistic offset.</b> The logit is parameterised as {@code k t + m + sum delta_j (t - s_j)+}: the same
 *       family of curves as Prophet's {@code (k + a'delta)(t - (m + a'gamma))}, without the division by the rate
 *       that makes Prophet's offset unstable when the growth rate is near zero.</li>
 *   <li><b>Intervals.</b> Prophet's simulated future changepoints plus noise, but the noise scale is calibrated on
 *       a backtest by default ({@link io.capacity.core.model.prophet.IntervalMethod}); see {@code Calibration}.</li>
 * </ul>
 */
package io.capacity.core.model.prophet;
