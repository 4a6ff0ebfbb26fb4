/**
 * Small statistical tests and helpers shared by models: KPSS (differencing order), seasonal strength (seasonal
 * differencing), Ljung-Box (residual whiteness) and Fourier regressors (extra seasonal periods). Pure functions on
 * double arrays; no model knowledge.
 */
package io.capacity.core.stats;
