package io.capacity.core.input;

import io.capacity.core.series.Aggregation;
import io.capacity.core.series.Resampler;
import io.capacity.core.series.TimeSeries;

import java.time.Duration;
import java.time.Instant;

/**
 * Observations of one series as read, in file order, possibly irregular; {@link #resample} makes them regular.
 * Arrays are copied in and out.
 */
public record RawSeries(String id, Instant[] times, double[] values) {
    public RawSeries {
        times = times.clone();
        values = values.clone();
    }

    @Override
    public Instant[] times() {
        return times.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public TimeSeries resample(Duration step, Aggregation how) {
        return Resampler.resample(id, times, values, step, how);
    }
}
