package io.capacity.store.io;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports files into a {@link MetricStore}, one file at a time, streaming.
 *
 * <p>By default a file is all-or-nothing: a first pass parses the whole file and collects its bad rows; only a
 * clean file is read again and written, in batches. Reading twice costs less than the alternative of holding
 * millions of points in memory, and a rejected file leaves the store untouched. With {@code skipBad} one pass
 * writes the good rows and reports the bad ones.
 *
 * <p>Store writes replace points on the same series and time, so importing a file again is idempotent: after a
 * store failure mid-file (some batches written, the rest not) re-running the same import completes it safely.
 */
public final class Importer {
    private Importer() {
    }

    public static ImportReport importFiles(MetricStore store, List<Path> files, ImportOptions options) {
        return importFiles(store, files, options, ImportProgress.NONE);
    }

    public static ImportReport importFiles(MetricStore store, List<Path> files, ImportOptions options,
                                           ImportProgress progress) {
        int passes = options.skipBad() ? 1 : 2;
        long[] sizes = new long[files.size()];
        long total = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = sizeOf(files.get(i));
            total += sizes[i] * passes;
        }
        List<FileResult> results = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < sizes.length; i++) {
            Path file = files.get(i);
            Progress p = new Progress(progress, file, sizes[i], done, total);
            results.add(importFile(store, file, options, p));
            done += sizes[i] * passes;
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
        try {
            if (!options.skipBad()) {
                long points = validate(file, options, bad, progress, repeats);
                if (bad.count > 0) {
                    return result(file, FileResult.Status.REJECTED, 0, bad, start, "rejected: " + bad.count
                            + " bad rows, nothing written (fix them, or use --skip-bad to import the "
                            + points + " good rows)");
                }
                progress.pass = 1;
            }
            PointReader.of(options.read()).read(file, writer);
            writer.finish();
        } catch (ImportException e) {
            writer.close(); // counts a batch that was still being written when the reader failed
            e.row().ifPresent(bad::add);
            String written = writer.written == 0 ? "nothing written" : writer.written
                    + " points written before the error (re-running the import is safe: writes are idempotent)";
            return result(file, FileResult.Status.FAILED, writer.written, bad, start,
                    "failed: " + e.getMessage() + "; " + written);
        } catch (BatchWriter.WriteFailed e) {
            // The store's StoreException, or anything else it throws: the batch in flight is not stored.
            writer.close();
            return result(file, FileResult.Status.FAILED, writer.written, bad, start, "failed: store write error ("
                    + e.getMessage() + ") after " + writer.written + " points were written; writes are "
                    + "idempotent, so re-running the same import is safe and completes the file");
        } finally {
            writer.close();
        }
        FileResult.Status status = bad.count == 0 ? FileResult.Status.IMPORTED
                : FileResult.Status.IMPORTED_SKIPPING_BAD;
        String msg = "imported " + writer.written + " points" + (bad.count == 0 ? "" : ", skipped " + bad.count
                + " bad rows") + repeats.note();
        return result(file, status, writer.written, bad, start, msg);
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
