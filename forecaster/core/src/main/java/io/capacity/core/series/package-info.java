/** Immutable regular time series and the helpers that make raw data regular (resampling, gap filling). */
package io.capacity.core.series;
