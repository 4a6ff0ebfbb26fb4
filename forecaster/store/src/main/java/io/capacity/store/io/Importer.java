package io.capacity.store.io;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.PartialWriteException;
import io.capacity.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports files into a {@link MetricStore}, one file at a time, streaming; each file may have its own format.
 *
 * <p>By default a file is all-or-nothing: a first pass parses the whole file and collects its bad rows; only a
 * clean file is read again and written, in batches. Reading twice costs less than the alternative of holding
 * millions of points in memory, and a rejected file leaves the store untouched. With {@code skipBad} one pass
 * writes the good rows and reports the bad ones. A file without a single data row is an error.
 *
 * <p>On a store with transactions (the embedded store) a file's batches are one transaction: a failure, or the
 * process being killed, leaves none of the file stored; each batch that replaces a value at the same series and time
 * is counted. On InfluxDB every batch is stored as it arrives, so a failure leaves the batches before it stored, and
 * influxd's "partial write" keeps the good points of the refused batch: the report says how many points are there.
 * Store writes replace points on the same series and time, so importing a file again is idempotent.
 */
public final class Importer {
    private Importer() {
    }

    public static ImportReport importFiles(MetricStore store, List<Path> files, ImportOptions options) {
        return importFiles(store, files, options, ImportProgress.NONE);
    }

    public static ImportReport importFiles(MetricStore store, List<Path> files, ImportOptions options,
                                           ImportProgress progress) {
        return importFiles(store, files, file -> options, progress);
    }

    /**
     * Imports with options chosen per file, such as its own detected format ({@link Format#detect}); an
     * {@link ImportException} or {@link IllegalArgumentException} from {@code optionsFor} fails that file alone.
     */
    public static ImportReport importFiles(MetricStore store, List<Path> files,
                                           Function<Path, ImportOptions> optionsFor, ImportProgress progress) {
        List<ImportOptions> options = new ArrayList<>();
        List<FileResult> unusable = new ArrayList<>();
        long total = 0;
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            Path file = files.get(i);
            ImportOptions o = null;
            try {
                o = optionsFor.apply(file);
            } catch (ImportException e) {
                unusable.add(new FileResult(file, FileResult.Status.FAILED, 0, 0, List.of(), Duration.ZERO,
                        e.row().map(BadRow::toString).orElse(file + ": " + e.getMessage()) + "; nothing written"));
            } catch (IllegalArgumentException e) {
                unusable.add(new FileResult(file, FileResult.Status.FAILED, 0, 0, List.of(), Duration.ZERO,
                        file + ": failed: " + e.getMessage() + "; nothing written"));
            }
            options.add(o);
            sizes[i] = o == null ? 0 : sizeOf(file);
            total += o == null ? 0 : sizes[i] * (o.skipBad() ? 1 : 2);
        }
        List<FileResult> results = new ArrayList<>();
        long done = 0;
        int failedEarly = 0;
        for (int i = 0; i < sizes.length; i++) {
            Path file = files.get(i);
            ImportOptions o = options.get(i);
            if (o == null) {
                results.add(unusable.get(failedEarly++));
                continue;
            }
            Progress p = new Progress(progress, file, sizes[i], done, total);
            results.add(importFile(store, file, o, p));
            done += sizes[i] * (o.skipBad() ? 1 : 2);
            progress.update(file, done, total);
        }
        return new ImportReport(results);
    }

    private static FileResult importFile(MetricStore store, Path file, ImportOptions options, Progress progress) {
        long start = System.nanoTime();
        BadRows bad = new BadRows(options.maxReported());
        Repeats repeats = new Repeats();
        BatchWriter writer = new BatchWriter(store, options.batchSize(), bad, options.skipBad(), progress,
                options.skipBad() ? repeats : null);
        Optional<MetricStore.Transaction> tx = Optional.empty();
        try {
            if (!options.skipBad()) {
                long points = validate(file, options, bad, progress, repeats);
                if (bad.count > 0) {
                    return result(file, FileResult.Status.REJECTED, 0, bad, start, "rejected: " + bad.count
                            + " bad rows, nothing written (fix them, or use --skip-bad to import the "
                            + points + " good rows)");
                }
                if (points == 0) {
                    return result(file, FileResult.Status.FAILED, 0, bad, start, EMPTY);
                }
                progress.pass = 1;
            }
            tx = store.begin();
            PointReader.of(options.read()).read(file, writer);
            writer.finish();
            if (writer.read == 0 && bad.count == 0) {
                return result(file, FileResult.Status.FAILED, 0, bad, start, EMPTY);
            }
            long replaced = tx.map(MetricStore.Transaction::replaced).orElse(-1L);
            tx.ifPresent(MetricStore.Transaction::commit);
            FileResult.Status status = bad.count == 0 ? FileResult.Status.IMPORTED
                    : FileResult.Status.IMPORTED_SKIPPING_BAD;
            String msg = imported(writer, replaced, repeats) + (bad.count == 0 ? "" : ", skipped " + bad.count
                    + " bad rows");
            return result(file, status, writer.written, bad, start, msg);
        } catch (ImportException e) {
            writer.close(); // counts a batch that was still being written when the reader failed
            e.row().ifPresent(bad::add);
            long stored = tx.isPresent() ? 0 : writer.written;
            return result(file, FileResult.Status.FAILED, stored, bad, start,
                    "failed: " + e.getMessage() + "; " + stored(tx.isPresent(), stored));
        } catch (BatchWriter.WriteFailed e) {
            // The store's StoreException, or anything else it throws: the batch in flight is not stored, or only part.
            writer.close();
            long stored = tx.isPresent() ? 0 : writer.written
                    + (e.getCause() instanceof PartialWriteException pw ? pw.stored() : 0);
            String refusedInPart = e.getCause() instanceof PartialWriteException
                    ? "; the store refused part of a batch and kept the rest" : "";
            return result(file, FileResult.Status.FAILED, stored, bad, start, "failed: store write error ("
                    + String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\n\\s*", " ") + ")" + refusedInPart
                    + "; " + stored(tx.isPresent(), stored));
        } catch (StoreException e) {
            // The commit failed: the transaction is rolled back.
            writer.close();
            return result(file, FileResult.Status.FAILED, 0, bad, start, "failed: " + e.getMessage());
        } finally {
            writer.close();
            tx.ifPresent(MetricStore.Transaction::close); // rolls back unless committed
        }
    }

    private static final String EMPTY = "failed: no data rows (the file is empty, or holds only a header, blank "
            + "lines or comments); nothing written";

    private static String imported(BatchWriter writer, long replaced, Repeats repeats) {
        if (replaced < 0) {
            return "imported " + writer.written + " points" + repeats.note();
        }
        if (replaced == 0) {
            return "imported " + writer.written + " points";
        }
        String unit = writer.values == writer.written ? "point" : "value";
        return "imported " + writer.written + " rows" + (writer.values == writer.written ? ""
                : " (" + writer.values + " values)") + ": " + (writer.values - replaced) + " " + unit
                + (writer.values - replaced == 1 ? "" : "s") + " stored, " + replaced + " replaced (same series and "
                + "time as one stored before or an earlier row; the store keeps the last written)";
    }

    private static String stored(boolean transactional, long stored) {
        if (transactional) {
            return "nothing of this file was stored (a file is imported in one transaction)";
        }
        return stored == 0 ? "nothing written" : stored + " points of this file are stored (InfluxDB keeps each "
                + "batch as it arrives); re-running the import writes them again harmlessly but fails the same way "
                + "until the cause is fixed";
    }

    private static long validate(Path file, ImportOptions options, BadRows bad, Progress progress,
                                 Repeats repeats) {
        long[] points = {0};
        PointReader.of(options.read()).read(file, new ReadSink() {
            @Override
            public void point(Point point) {
                points[0]++;
                repeats.see(point);
            }

            @Override
            public void bad(BadRow row) {
                bad.add(row);
            }

            @Override
            public void progress(long bytesRead) {
                progress.at(bytesRead);
            }
        });
        return points[0];
    }

    private static FileResult result(Path file, FileResult.Status status, long written, BadRows bad, long start,
                                     String message) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new FileResult(file, status, written, bad.count, bad.kept, elapsed, file + ": " + message);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reported by the reader when it tries to open the file
        }
    }

    /** Counts every bad row, keeps the first few. */
    static final class BadRows {
        private final int max;
        final List<BadRow> kept = new ArrayList<>();
        long count;

        BadRows(int max) {
            this.max = max;
        }

        void add(BadRow row) {
            count++;
            if (kept.size() < max) {
                kept.add(row);
            }
        }
    }

    /** Maps a pass's bytes read onto the whole import's scale. */
    static final class Progress {
        private final ImportProgress target;
        private final Path file;
        private final long fileSize;
        private final long base;
        private final long total;
        int pass;

        Progress(ImportProgress target, Path file, long fileSize, long base, long total) {
            this.target = target;
            this.file = file;
            this.fileSize = fileSize;
            this.base = base;
            this.total = total;
        }

        void at(long bytesRead) {
            if (bytesRead >= 0) {
                target.update(file, Math.min(base + pass * fileSize + bytesRead, total), total);
            }
        }
    }
}
