package io.capacity.store.io;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.util.ArrayList;
import java.util.List;

/** The write pass of an import: batches points into store writes and counts what the store acknowledged. */
final class BatchWriter implements ReadSink {
    private final MetricStore store;
    private final int batchSize;
    private final Importer.BadRows bad;
    private final boolean skipBad;
    private final Importer.Progress progress;
    private final Repeats repeats;
    private List<Point> batch;
    long written;

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

    void flush() {
        if (!batch.isEmpty()) {
            try {
                store.write(batch);
            } catch (RuntimeException e) {
                throw new WriteFailed(e);
            }
            written += batch.size();
            // A fresh list rather than clear(): a store may still hold on to the one it was given.
            batch = new ArrayList<>(batchSize);
        }
    }

    /** A store write failed; kept apart from reader exceptions so a parser bug is never reported as an outage. */
    static final class WriteFailed extends RuntimeException {
        WriteFailed(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
