package io.capacity.service.cli;

import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.M4Reader;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Bounds;
import io.capacity.core.select.ModelCatalog;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.RegularSeries;
import io.capacity.store.io.ExportOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Input, season, horizon and model options shared by {@code forecast} and {@code backtest}. */
final class SeriesInputOptions {
    @Option(names = "--input", paramLabel = "FILE", description = "Series to read from a file.")
    Path input;

    @Option(names = "--from-store", paramLabel = "SELECTION",
            description = "Read the selected series from the store instead (" + Selections.HELP + "); counters "
                    + "become per-second rates, each step the mean of its window (--step, default 1h).")
    String fromStore;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "m4|csv",
            description = "m4 = M4 layout (\"V1\" id, then values, empty cells padding); csv = series_id,timestamp,"
                    + "value or timestamp,value with a header (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--step", paramLabel = "DURATION",
            description = "Spacing of the series, e.g. PT1H or 5m (m4: nominal, default 1h; csv: data are "
                    + "resampled to it by mean, default: the median spacing of the first series).")
    String step;

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "Steps to forecast.")
    int horizon;

    @Option(names = "--season", defaultValue = "1", paramLabel = "M",
            description = "Seasonal period in steps, e.g. 24 on hourly data (default: ${DEFAULT-VALUE}, none).")
    int season;

    @Option(names = "--season2", defaultValue = "0", paramLabel = "M2",
            description = "Second seasonal period, e.g. 168 (weekly) on hourly data.")
    int season2;

    @Option(names = "--levels", defaultValue = "80,95", split = ",", paramLabel = "L",
            description = "Interval levels in percent (default: ${DEFAULT-VALUE}).")
    double[] levels;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Progress bar on stderr when it is a terminal (default: on).")
    boolean progress;

    @Option(names = "--conformal", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "auto/ensemble: recalibrate interval widths from backtest errors (default: on).")
    boolean conformal;

    @Option(names = "--ensemble", paramLabel = "none|median|inverse-error[:K]",
            description = "auto: combine the best K candidates (default K=3) instead of taking the best one.")
    String ensemble;

    @Option(names = "--non-negative", description = "auto/ensemble: clip forecasts and intervals at zero.")
    boolean nonNegative;

    /**
     * Checks every flag on its own, before any file or store is opened; a bad one is a usage error naming it.
     */
    void check() {
        if ((input == null) == (fromStore == null)) {
            throw new UsageError("give exactly one of --input FILE and --from-store SELECTION");
        }
        atLeast("--horizon", horizon, 1, "step to forecast");
        atLeast("--season", season, 1, "step (1 for no season)");
        atLeast("--season2", season2, 0, "steps (0 for none)");
        if (threads != null) {
            atLeast("--threads", threads, 1, "thread");
        }
        for (double l : levels) {
            if (!(l > 0 && l < 100)) {
                throw new UsageError("--levels " + (l == Math.rint(l) ? Long.toString((long) l) : Double.toString(l))
                        + ": expected a percentage between 0 and 100 (exclusive), e.g. 80,95");
            }
        }
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (fromStore == null && !f.equals("m4") && !f.equals("csv")) {
            throw new UsageError("--format: unknown format '" + format + "'; expected m4 or csv");
        }
        if (step != null) {
            Durations.parse("--step", step);
        }
        if (fromStore != null) {
            Selections.parse(fromStore);
        }
    }

    static void atLeast(String flag, int value, int min, String unit) {
        if (value < min) {
            throw new UsageError(flag + " " + value + ": expected at least " + min + " " + unit);
        }
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    ModelSpec model(String name) {
        ModelSpec m = FlagChecks.with("--model", name, () -> ModelCatalog.spec(name, season, season2, horizon));
        if (m instanceof AutoSpec auto) {
            auto = auto.withConformal(conformal);
            if (ensemble != null) {
                auto = auto.withEnsemble(Ensembles.parse(ensemble));
            }
            return nonNegative ? auto.withBounds(Bounds.NON_NEGATIVE) : auto;
        }
        return m;
    }

    /** The series from the file, or from {@code store} with {@code --from-store}; the store is opened only then. */
    List<TimeSeries> read(StoreOptions store) {
        if ((input == null) == (fromStore == null)) {
            throw new IllegalArgumentException("give exactly one of --input FILE and --from-store SELECTION");
        }
        if (fromStore != null) {
            Duration s = step == null ? Duration.ofHours(1) : Durations.parse("--step", step);
            try (MetricStore st = store.openForReading()) {
                List<TimeSeries> out = new ArrayList<>();
                for (SeriesKey k : st.series(Selections.parse(fromStore))) {
                    out.add(RegularSeries.read(st, k, ExportOptions.EARLIEST, ExportOptions.LATEST, s));
                }
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("--from-store '" + fromStore + "' matches no stored series");
                }
                return out;
            }
        }
        String f = format.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "m4" -> M4Reader.read(input, step == null ? Duration.ofHours(1) : Durations.parse("--step", step));
            case "csv" -> {
                List<RawSeries> raw = CsvSeriesReader.read(input);
                Duration s = step != null ? Durations.parse("--step", step) : medianSpacing(raw);
                List<TimeSeries> out = new ArrayList<>(raw.size());
                raw.forEach(r -> out.add(r.resample(s, Aggregation.MEAN)));
                yield out;
            }
            default -> throw new IllegalArgumentException("--format: unknown format '" + format
                    + "'; expected m4 or csv");
        };
    }

    private Duration medianSpacing(List<RawSeries> raw) {
        if (raw.isEmpty() || raw.get(0).size() < 2) {
            throw new IllegalArgumentException(input + ": cannot infer the step from fewer than two timestamps; "
                    + "give --step");
        }
        var t = raw.get(0).times();
        long[] d = new long[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            d[i - 1] = Duration.between(t[i - 1], t[i]).toMillis();
        }
        Arrays.sort(d);
        long median = d[d.length / 2];
        if (median <= 0) {
            throw new IllegalArgumentException(input + ": timestamps are not increasing; give --step");
        }
        return Duration.ofMillis(median);
    }
}
