package io.capacity.core.series;

/** A gap-free series ready for fitting, with the report of what was filled to make it so. */
public record Filled(TimeSeries series, GapReport report) {
}
