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
                List<RawSeries> raw = CsvSeriesReader.read(f.path());
                Duration s = f.step() != null ? f.step() : medianSpacing(f, raw);
                List<TimeSeries> out = new ArrayList<>(raw.size());
                raw.forEach(r -> out.add(r.resample(s, Aggregation.MEAN)));
                yield out;
            }
        };
    }

    private static Duration medianSpacing(SeriesSource.File f, List<RawSeries> raw) {
        if (raw.isEmpty() || raw.get(0).size() < 2) {
            throw RequestProblem.text(f.path() + ": cannot infer the step from fewer than two timestamps; give {step}",
                    false);
        }
        var t = raw.get(0).times();
        long[] d = new long[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            d[i - 1] = Duration.between(t[i - 1], t[i]).toMillis();
        }
        Arrays.sort(d);
        long median = d[d.length / 2];
        if (median <= 0) {
            throw RequestProblem.text(f.path() + ": timestamps are not increasing; give {step}", false);
        }
        return Duration.ofMillis(median);
    }
}
