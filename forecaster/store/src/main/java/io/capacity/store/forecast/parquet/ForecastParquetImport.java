package io.capacity.store.forecast.parquet;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.PartialWriteException;
import io.capacity.store.StoreException;
import io.capacity.store.forecast.ForecastPoints;
import io.capacity.store.io.BadRow;
import io.capacity.store.io.FileResult;
import io.capacity.store.io.ImportException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one output of the Spark job (a Parquet file or a directory of part files) as {@code capacity_forecast}
 * points, each series laid out by {@link ForecastPoints} under the job's model name and one issue time, as the
 * pipeline writes its forecasts.
 *
 * <p>A first pass reads the whole output and checks it: its columns ({@link ForecastColumns}), and each series'
 * rows (a series key, steps 1 to n at evenly spaced times, or one error row). Any problem rejects the file with
 * nothing written. The second pass writes, in batches; on a store with transactions (the embedded store) the file is
 * one transaction, on InfluxDB each batch is stored as it arrives, as {@code ./capacity import} does. A series the job
 * could not forecast (its error row) is skipped, counted and logged with its error; a series whose model failed and
 * whose seasonal-naive fallback the job wrote instead is imported, as the pipeline stores a fallback's forecast.
 */
public final class ForecastParquetImport {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastParquetImport.class);
    private static final int MAX_REPORTED = 100;

    /**
     * What happened to one output.
     *
     * @param file     status, points written, bad rows and the one line for the user
     * @param series   series imported
     * @param fellBack of them, the seasonal-naive fallbacks of a failed model
     * @param failed   ids of the series skipped for their error row
     */
    public record Result(FileResult file, int series, int fellBack, List<String> failed) {
        public Result {
            failed = List.copyOf(failed);
        }
    }

    private ForecastParquetImport() {
    }

    /**
     * Imports {@code path} into {@code store}, tagging every forecast with {@code model} and {@code issued}.
     *
     * @param batchSize points per store write
     */
    public static Result run(MetricStore store, Path path, String model, Instant issued, int batchSize) {
        long start = System.nanoTime();
        String name = path.toString();
        double[] levels;
        Checked checked = new Checked();
        try {
            levels = ForecastColumns.levels(name, ForecastParquet.describe(path));
            ForecastParquet.read(path, levels, checked::series, checked::bad);
        } catch (ImportException e) {
            return failed(path, start, e.row().map(BadRow::toString).orElse(name + ": " + e.getMessage())
                    + "; nothing written", checked);
        }
        if (checked.bad > 0) {
            return new Result(new FileResult(path, FileResult.Status.REJECTED, 0, checked.bad, checked.badRows,
                    elapsed(start), name + ": rejected: " + checked.bad + " bad series, nothing written"), 0, 0,
                    List.of());
        }
        if (checked.series == 0) {
            String why = checked.failed.isEmpty() ? "no rows" : "only error rows (" + checked.failed.size()
                    + " series the job could not forecast)";
            return failed(path, start, name + ": " + why + "; nothing written", checked);
        }
        Writer w = new Writer(store, model, issued, batchSize);
        Optional<MetricStore.Transaction> tx = Optional.empty();
        try {
            tx = store.begin();
            ForecastParquet.read(path, levels, w::series, r -> {
                throw new ImportException(r);     // the file changed since it was checked
            });
            w.flush();
            tx.ifPresent(MetricStore.Transaction::commit);
        } catch (ImportException | StoreException e) {
            long stored = tx.isPresent() ? 0 : w.written + (e instanceof PartialWriteException p ? p.stored() : 0);
            String kept = tx.isPresent() ? "nothing of this file was stored (a file is imported in one transaction)"
                    : stored == 0 ? "nothing written" : stored + " points of this file are stored (InfluxDB keeps "
                    + "each batch as it arrives); importing the file again rewrites them harmlessly";
            return new Result(new FileResult(path, FileResult.Status.FAILED, stored, 0, List.of(), elapsed(start),
                    name + ": failed: " + oneLine(e.getMessage()) + "; " + kept), 0, 0, List.of());
        } finally {
            tx.ifPresent(MetricStore.Transaction::close);
        }
        for (String[] f : checked.failed) {
            LOG.warn("series {}: no forecast in {} (the job's error: {}); not imported", f[0], name, f[1]);
        }
        String msg = name + ": imported " + w.written + " points of " + checked.series + " series"
                + (checked.fellBack > 0 ? " (" + checked.fellBack + " the seasonal-naive fallback of a failed model)"
                : "") + (checked.failed.isEmpty() ? "" : "; skipped " + checked.failed.size() + " error rows "
                + "(series the job could not forecast; their ids and errors are in the log)");
        return new Result(new FileResult(path, FileResult.Status.IMPORTED, w.written, 0, List.of(), elapsed(start),
                msg), checked.series, checked.fellBack, checked.failed.stream().map(f -> f[0]).toList());
    }

    private static Result failed(Path path, long start, String message, Checked checked) {
        return new Result(new FileResult(path, FileResult.Status.FAILED, 0, checked.bad, checked.badRows,
                elapsed(start), message), 0, 0, List.of());
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String oneLine(String s) {
        return String.valueOf(s).strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** The first pass: counts, and the problems found. */
    private static final class Checked {
        int series;
        int fellBack;
        final List<String[]> failed = new ArrayList<>();
        long bad;
        final List<BadRow> badRows = new ArrayList<>();

        void series(JobSeries s) {
            if (s.failed()) {
                failed.add(new String[] {s.key().toString(), s.error()});
                return;
            }
            series++;
            if (s.fellBack()) {
                fellBack++;
            }
        }

        void bad(BadRow r) {
            if (bad++ < MAX_REPORTED) {
                badRows.add(r);
            }
        }
    }

    /** The second pass: points in batches. */
    private static final class Writer {
        private final MetricStore store;
        private final String model;
        private final Instant issued;
        private final int batchSize;
        private final List<Point> batch = new ArrayList<>();
        long written;

        Writer(MetricStore store, String model, Instant issued, int batchSize) {
            this.store = store;
            this.model = model;
            this.issued = issued;
            this.batchSize = batchSize;
        }

        void series(JobSeries s) {
            if (s.failed()) {
                return;
            }
            batch.addAll(ForecastPoints.toPoints(s.key(), s.forecast(), model, issued));
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                store.write(List.copyOf(batch));
                written += batch.size();
                batch.clear();
            }
        }
    }
}
