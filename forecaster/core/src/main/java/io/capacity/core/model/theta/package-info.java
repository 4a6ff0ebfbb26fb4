/**
 * The Theta method (Assimakopoulos and Nikolopoulos 2000) in Hyndman and Billah's form, as R's
 * {@code forecast::thetaf}: a seasonality test at lag m, classical multiplicative decomposition when it passes,
 * simple exponential smoothing with half the regression slope as drift, then the season multiplied back.
 */
package io.capacity.core.model.theta;
