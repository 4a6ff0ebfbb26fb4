/**
 * The model contract: a {@link io.capacity.core.forecast.ModelSpec} fits a series into an immutable
 * {@link io.capacity.core.forecast.FittedModel}, which produces the one {@link io.capacity.core.forecast.Forecast}
 * type every consumer reads.
 */
package io.capacity.core.forecast;
