package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.M4Reader;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.RegularSeries;
import io.capacity.store.io.ExportOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a {@link SeriesSource} as the core's regular series; the store is opened only for a stored selection. */
public final class SeriesReading {
    private SeriesReading() {
    }

    public static List<TimeSeries> read(SeriesSource source, StoreAccess stores) {
        if (source instanceof SeriesSource.Stored s) {
            return stores.reading(st -> stored(st, s));
        }
        if (source instanceof SeriesSource.Given g) {
            return g.series();
        }
        return file((SeriesSource.File) source);
    }

    private static List<TimeSeries> stored(MetricStore st, SeriesSource.Stored s) {
        List<TimeSeries> out = new ArrayList<>();
        for (SeriesKey k : st.series(s.filter())) {
            out.add(RegularSeries.read(st, k, ExportOptions.EARLIEST, ExportOptions.LATEST, s.step()));
        }
        if (out.isEmpty()) {
            throw RequestProblem.text("{from_store} '" + s.written() + "' matches no stored series", false);
        }
        return out;
    }

    private static List<TimeSeries> file(SeriesSource.File f) {
        return switch (f.format()) {
            case M4 -> M4Reader.read(f.path(), f.step() == null ? SeriesSource.DEFAULT_STEP : f.step());
            case CSV -> {
                // Each series is made regular as it is read, so the raw observations of all are never held at once;
                // without a given step, the first series' median spacing is every series' step.
                Duration[] step = {f.step()};
                List<TimeSeries> out = CsvSeriesReader.read(f.path(), r -> {
                    if (step[0] == null) {
                        step[0] = inferredStep(f, r);
                    }
                    return r.resample(step[0], Aggregation.MEAN);
                });
                if (step[0] == null) {
                    inferredStep(f, null); // no series at all: nothing to infer the step from
                }
                yield out;
            }
        };
    }

    /**
     * Observations put on a regular grid as a CSV file's are: each step the mean of its window, the step
     * {@code step} or, when null, the median spacing of the timestamps; {@code where} names the input in messages.
     */
    public static TimeSeries regular(RawSeries raw, Duration step, String where, int maxSteps) {
        if (step == null && raw.size() < 2) {
            throw RequestProblem.text(where + ": cannot infer the step from fewer than two timestamps; give {step}",
                    false);
        }
        Duration s = step != null ? step : medianSpacing(where, raw);
        Instant[] t = raw.times();
        Instant first = Arrays.stream(t).min(Instant::compareTo).orElseThrow();
        Instant last = Arrays.stream(t).max(Instant::compareTo).orElseThrow();
        long steps = Duration.between(first, last).toMillis() / Math.max(1, s.toMillis()) + 1;
        if (steps > maxSteps) {
            throw RequestProblem.text(where + ": " + first + " to " + last + " is " + steps + " steps of " + s
                    + ", more than " + maxSteps + "; give a longer {step}", false);
        }
        return raw.resample(s, Aggregation.MEAN);
    }

    /** The median spacing of the file's {@code first} series (null when it has none), the step of every series. */
    private static Duration inferredStep(SeriesSource.File f, RawSeries first) {
        if (first == null || first.size() < 2) {
            throw RequestProblem.text(f.path() + ": cannot infer the step from fewer than two timestamps; give {step}",
                    false);
        }
        return medianSpacing(f.path().toString(), first);
    }

    private static Duration medianSpacing(String where, RawSeries first) {
        var t = first.times();
        long[] d = new long[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            d[i - 1] = Duration.between(t[i - 1], t[i]).toMillis();
        }
        Arrays.sort(d);
        long median = d[d.length / 2];
        if (median <= 0) {
            throw RequestProblem.text(where + ": timestamps are not increasing; give {step}", false);
        }
        return Duration.ofMillis(median);
    }
}
