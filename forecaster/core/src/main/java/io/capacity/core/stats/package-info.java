/**
 * Small statistical tests and helpers shared by models: KPSS (differencing order), STL decomposition and the
 * seasonal strength built on it (seasonal differencing), Ljung-Box (residual whiteness) and Fourier regressors
 * (extra seasonal periods). Pure functions on double arrays; no model knowledge. STL, strength and KPSS are golden
 * tested against R (src/test/R/stats.R).
 */
package io.capacity.core.stats;
