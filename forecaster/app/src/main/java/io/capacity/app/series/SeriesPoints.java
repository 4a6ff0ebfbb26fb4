package io.capacity.app.series;

import io.capacity.core.series.TimeSeries;
import io.capacity.schema.SeriesKey;

/**
 * A series read on its grid: windows without data are NaN.
 *
 * @param rate whether the values are per-second rates of a counter
 */
public record SeriesPoints(SeriesKey key, boolean rate, TimeSeries values) {
}
