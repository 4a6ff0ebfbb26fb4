package io.capacity.store.io;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The write pass of an import: batches points into store writes and counts what the store acknowledged.
 *
 * <p>One batch is written on a background thread while the next is parsed, so parsing and the store's own work
 * (an HTTP round trip to InfluxDB, an insert into DuckDB) overlap on two cores instead of taking turns. At most one
 * write is in flight and batches go out in file order, so memory stays bounded by two batches and a failure
 * stops the import at the first batch that was not stored.
 */
final class BatchWriter implements ReadSink, AutoCloseable {
    private final MetricStore store;
    private final int batchSize;
    private final Importer.BadRows bad;
    private final boolean skipBad;
    private final Importer.Progress progress;
    private final Repeats repeats;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<Integer> inFlight;
    private List<Point> batch;
    /** Points the store acknowledged. */
    long written;
    /** Points and field values handed to this writer. */
    long read;
    long values;

    /** @param repeats counts repeated timestamps in the single-pass (skip-bad) mode; null when validation did */
    BatchWriter(MetricStore store, int batchSize, Importer.BadRows bad, boolean skipBad, Importer.Progress progress,
                Repeats repeats) {
        this.repeats = repeats;
        this.store = store;
        this.batchSize = batchSize;
        this.bad = bad;
        this.skipBad = skipBad;
        this.progress = progress;
        this.batch = new ArrayList<>(batchSize);
    }

    @Override
    public void point(Point point) {
        if (repeats != null) {
            repeats.see(point);
        }
        read++;
        values += point.fields().size();
        batch.add(point);
        if (batch.size() == batchSize) {
            flush();
        }
    }

    @Override
    public void bad(BadRow row) {
        if (skipBad) {
            bad.add(row);
        } else {
            // The validation pass found this file clean: it changed while we were importing it.
            throw new ImportException(new BadRow(row.file(), row.line(),
                    "file changed after validation, now: " + row.reason()));
        }
    }

    @Override
    public void progress(long bytesRead) {
        progress.at(bytesRead);
    }

    /** Hands the current batch to the writer thread once the previous write has been acknowledged. */
    private void flush() {
        if (!batch.isEmpty()) {
            awaitInFlight();
            List<Point> toWrite = batch;
            inFlight = writer.submit(() -> {
                store.write(toWrite);
                return toWrite.size();
            });
            // A fresh list rather than clear(): the writer thread still holds the one it was given.
            batch = new ArrayList<>(batchSize);
        }
    }

    /** Writes what is left and waits until the store has acknowledged every batch. */
    void finish() {
        flush();
        awaitInFlight();
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            written += inFlight.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new WriteFailed(cause instanceof RuntimeException r ? r : new IllegalStateException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteFailed(new IllegalStateException("import interrupted", e));
        } finally {
            inFlight = null;
        }
    }

    /** Stops the writer thread; a write still in flight after a failure elsewhere is waited for, not abandoned. */
    @Override
    public void close() {
        try {
            if (inFlight != null) {
                awaitInFlight();
            }
        } catch (WriteFailed ignored) {
            // the import already reports its own failure; this one came second
        } finally {
            writer.shutdown();
        }
    }

    /** A store write failed; kept apart from reader exceptions so a parser bug is never reported as an outage. */
    static final class WriteFailed extends RuntimeException {
        WriteFailed(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
