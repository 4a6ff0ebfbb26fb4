package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import io.capacity.store.SeriesFilter;
import io.capacity.core.series.TimeSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the series to forecast or backtest come from: a selection of stored series, a file, or series the caller
 * has already read (a request's body, stored series summed per group).
 */
public sealed interface SeriesSource {
    /** The step of stored series, and of an M4 file's, when none is given. */
    Duration DEFAULT_STEP = Duration.ofHours(1);
    /** The layout of a file when none is given. */
    FileFormat DEFAULT_FORMAT = FileFormat.CSV;

    /**
     * Stored series matching {@code filter}, each step the mean of its window, counters as per-second rates.
     *
     * @param written the selection as the user wrote it, for messages
     */
    record Stored(SeriesFilter filter, String written, Duration step) implements SeriesSource {
        public Stored {
            if (filter == null) {
                throw RequestProblem.of("from_store", "must be given");
            }
            step = positive(step == null ? DEFAULT_STEP : step);
        }
    }

    /** A file's series; {@code step} null means M4's nominal hour, or a CSV's median spacing. */
    record File(Path path, FileFormat format, Duration step) implements SeriesSource {
        public File {
            if (path == null) {
                throw RequestProblem.of("input", "must be given");
            }
            if (format == null) {
                format = DEFAULT_FORMAT;
            }
            if (step != null) {
                positive(step);
            }
        }
    }

    /** Regular series the caller read itself; at least one. */
    record Given(List<TimeSeries> series) implements SeriesSource {
        public Given {
            series = List.copyOf(series);
            if (series.isEmpty()) {
                throw RequestProblem.text("no series to forecast", false);
            }
        }
    }

    private static Duration positive(Duration step) {
        if (step.isZero() || step.isNegative()) {
            throw RequestProblem.of("step", "duration must be positive, got '" + step + "'");
        }
        return step;
    }
}
