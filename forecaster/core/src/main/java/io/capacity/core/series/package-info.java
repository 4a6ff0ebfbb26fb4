/**
 * Immutable regular time series and the helpers that make raw data regular: {@link
 * io.capacity.core.series.Resampler} buckets irregular observations onto a declared step (empty buckets become
 * NaN), and {@link io.capacity.core.series.GapFiller} fills NaN for fitting and returns a {@link
 * io.capacity.core.series.GapReport} of everything it filled, so nothing is dropped silently.
 */
package io.capacity.core.series;
