package io.capacity.service.cli;

import io.capacity.app.forecast.EnsembleText;
import io.capacity.app.forecast.FileFormat;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.core.select.Bounds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Input, season, horizon and model options shared by {@code forecast} and {@code backtest}: the flags of
 * {@link ForecastSettings}, whose defaults they show.
 */
final class SeriesInputOptions {
    @Option(names = "--input", paramLabel = "FILE", description = "Series to read from a file.")
    Path input;

    @Option(names = "--from-store", paramLabel = "SELECTION",
            description = "Read the selected series from the store instead (" + Selections.HELP + "); counters "
                    + "become per-second rates, each step the mean of its window (--step, default 1h).")
    String fromStore;

    @Option(names = "--format", paramLabel = "m4|csv",
            description = "m4 = M4 layout (\"V1\" id, then values, empty cells padding); csv = series_id,timestamp,"
                    + "value or timestamp,value with a header (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--step", paramLabel = "DURATION",
            description = "Spacing of the series, e.g. PT1H or 5m (m4: nominal, default 1h; csv: data are "
                    + "resampled to it by mean, default: the median spacing of the first series).")
    String step;

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "Steps to forecast.")
    int horizon;

    @Option(names = "--season", paramLabel = "M",
            description = "Seasonal period in steps, e.g. 24 on hourly data (default: ${DEFAULT-VALUE}, none).")
    int season;

    @Option(names = "--season2", paramLabel = "M2",
            description = "Second seasonal period, e.g. 168 (weekly) on hourly data.")
    int season2;

    @Option(names = "--levels", split = ",", paramLabel = "L",
            description = "Interval levels in percent (default: ${DEFAULT-VALUE}).")
    double[] levels;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Progress bar on stderr when it is a terminal (default: on).")
    boolean progress;

    @Option(names = "--conformal", negatable = true, fallbackValue = "true",
            description = "auto/ensemble: recalibrate interval widths from backtest errors (default: on).")
    boolean conformal;

    @Option(names = "--ensemble", paramLabel = "none|median|inverse-error[:K]",
            description = "auto: combine the best K candidates (default K=3) instead of taking the best one.")
    String ensemble;

    @Option(names = "--non-negative", description = "Truncate forecasts and intervals at zero (every model).")
    boolean nonNegative;

    @Option(names = "--bounds", paramLabel = "LO:HI",
            description = "Truncate forecasts and intervals to these physical bounds, either side empty for none "
                    + "(e.g. 0:100 for percent); stored series otherwise take their unit's (percent 0:100, fractions "
                    + "0:1, rates, watts and bytes 0:).")
    String bounds;

    @Option(names = "--cap", paramLabel = "C",
            description = "A nameplate cap: the upper bound (0 the lower one unless --bounds says), and the "
                    + "Prophet-style model grows logistically towards it.")
    Double cap;

    /**
     * The settings these flags describe, each checked on its own before any file or store is opened; a bad one is a
     * usage error naming it.
     */
    ForecastSettings settings() {
        if ((input == null) == (fromStore == null)) {
            throw new UsageError("give exactly one of --input FILE and --from-store SELECTION");
        }
        ForecastSettings s = ForecastSettings.DEFAULTS.withHorizon(horizon);
        ModelOptions m = s.model().withSeasons(season, season2).withConformal(conformal)
                .withNonNegative(nonNegative).withBounds(bounds == null ? null : bounds()).withCap(cap);
        s = s.withModel(m).withThreads(threads == null ? s.threads() : threads)
                .withLevels(Arrays.stream(levels).boxed().toList());
        SeriesSource source;
        if (fromStore == null) {
            FileFormat f = FileFormat.parse(format);
            source = new SeriesSource.File(input, f, step());
        } else {
            Duration st = step();
            source = new SeriesSource.Stored(Selections.parse(fromStore), fromStore, st);
        }
        return s.withSource(source).withModel(ensemble == null ? m : m.withEnsemble(EnsembleText.parse(ensemble)));
    }

    private Bounds bounds() {
        try {
            return Bounds.parse(bounds);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--bounds: " + e.getMessage());
        }
    }

    private Duration step() {
        return step == null ? null : Durations.parse("--step", step);
    }
}
