package io.capacity.store.embedded;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.StatePoints;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreException;
import io.capacity.store.StoreHealth;
import io.capacity.store.common.Nanos;
import io.capacity.store.common.RateReads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * {@link MetricStore} in one DuckDB file (default {@code ./data/capacity.duckdb}): no server, fast bulk import and
 * windowed SQL aggregation. One connection, used under this object's lock, because DuckDB lets a single process
 * open the file for writing; every write is one transaction, or part of one {@link #begin() begun} by the caller
 * (an import makes each file one). {@link #openReadOnly} serves the read commands: it never creates a file and
 * works on a file the user may not write.
 */
public final class EmbeddedMetricStore implements MetricStore {
    /**
     * Values a transaction stages before moving them into {@code points} (about 40 bytes each in DuckDB's memory):
     * one move per file for most imports, and bounded memory for the largest.
     */
    private static final long STAGED_LIMIT = 2_000_000;

    private final Path file;
    private final DuckDBConnection connection;
    private final SeriesCatalog catalog = new SeriesCatalog();
    private final boolean readOnly;
    private boolean hasIvalue = true;
    private boolean closed;
    private Tx transaction;

    private EmbeddedMetricStore(Path file, DuckDBConnection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating when missing) the store file; a locked or foreign file fails with what to do about it. */
    public static EmbeddedMetricStore open(Path file) {
        return open(file, false);
    }

    /**
     * Opens an existing store file for reading only: a missing file is an error naming its directory (a mistyped
     * {@code --data-dir} must not read as an empty store), and a file or directory the user cannot write is fine.
     */
    public static EmbeddedMetricStore openReadOnly(Path file) {
        return open(file, true);
    }

    private static EmbeddedMetricStore open(Path file, boolean readOnly) {
        Path abs = file.toAbsolutePath();
        DuckDBConnection c = DuckFiles.open(abs, readOnly);
        EmbeddedMetricStore store = new EmbeddedMetricStore(abs, c, readOnly);
        try {
            c.setAutoCommit(false);
            if (readOnly) {
                store.hasIvalue = DuckSchema.checkReadOnly(c);
            } else {
                DuckSchema.create(c);
            }
            store.catalog.load(c);
            c.commit();
            return store;
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e instanceof SQLException se ? DuckFiles.explain(abs, se) : (RuntimeException) e;
        }
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public synchronized void write(List<Point> points) {
        ensureOpen();
        if (readOnly) {
            throw new StoreException(where() + "opened read-only, cannot write");
        }
        if (transaction != null && transaction.failed) {
            throw new StoreException(where() + "an earlier write of this transaction failed; nothing of it is stored");
        }
        if (points.isEmpty()) {
            return;
        }
        try {
            if (transaction != null) {
                transaction.seq = DuckWrites.stage(connection, catalog, points, transaction.seq);
                if (transaction.seq >= STAGED_LIMIT) {
                    transaction.flush();
                }
            } else {
                long staged = DuckWrites.stage(connection, catalog, points, 0);
                DuckWrites.flush(connection, staged);
                connection.commit();
                catalog.commitPending();
            }
        } catch (SQLException e) {
            abort();
            throw new StoreException(where() + "writing " + points.size() + " points failed, nothing of "
                    + (transaction == null ? "this batch" : "this transaction") + " was stored: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    private void abort() {
        catalog.discardPending();
        rollback();
        if (transaction != null) {
            transaction.failed = true;
        }
    }

    @Override
    public synchronized Optional<Transaction> begin() {
        ensureOpen();
        if (transaction != null) {
            throw new IllegalStateException(where() + "a transaction is already open");
        }
        transaction = new Tx();
        return Optional.of(transaction);
    }

    /** Writes between begin and commit share DuckDB's open transaction; commit makes them durable together. */
    private final class Tx implements Transaction {
        boolean failed;
        boolean done;
        long replaced;
        /** Values staged and not yet moved into {@code points}. */
        long seq;

        void flush() throws SQLException {
            if (seq > 0) {
                replaced += DuckWrites.flush(connection, seq);
                seq = 0;
            }
        }

        @Override
        public long replaced() {
            synchronized (EmbeddedMetricStore.this) {
                if (!done && !failed) {
                    try {
                        flush();
                    } catch (SQLException e) {
                        abort();
                        throw new StoreException(where() + "writing the transaction's points failed, nothing of it"
                                + " was stored: " + e.getMessage(), e);
                    }
                }
                return replaced;
            }
        }

        @Override
        public void commit() {
            synchronized (EmbeddedMetricStore.this) {
                if (done || failed) {
                    throw new StoreException(where() + "transaction " + (failed ? "failed" : "already ended")
                            + "; nothing of it was committed");
                }
                try {
                    flush();
                    connection.commit();
                    catalog.commitPending();
                } catch (SQLException e) {
                    abort();
                    throw new StoreException(where() + "commit failed, nothing of the transaction was stored: "
                            + e.getMessage(), e);
                } finally {
                    done = true;
                    transaction = null;
                }
            }
        }

        @Override
        public void close() {
            synchronized (EmbeddedMetricStore.this) {
                if (!done) {
                    done = true;
                    catalog.discardPending();
                    rollback();
                    transaction = null;
                }
            }
        }
    }

    @Override
    public synchronized IntegerPoints readIntegers(SeriesKey key, Instant from, Instant to) {
        ensureOpen();
        Long id = catalog.existingId(key);
        if (id == null) {
            return new IntegerPoints(key, new long[0], new long[0]);
        }
        try {
            IntegerPoints points = DuckReads.readIntegers(connection, id, key, Nanos.of(from), Nanos.of(to),
                    hasIvalue);
            commitRead();
            return points;
        } catch (SQLException e) {
            abort();
            throw new StoreException(where() + "reading " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized StatePoints readStates(SeriesKey key, Instant from, Instant to) {
        ensureOpen();
        try {
            StatePoints points = DuckStates.read(connection, key, Nanos.of(from), Nanos.of(to));
            commitRead();
            return points;
        } catch (SQLException e) {
            abort();
            throw new StoreException(where() + "reading " + key + " failed: " + e.getMessage(), e);
        }
    }

    // A read outside a caller's transaction ends its own (DuckDB keeps one open per connection); inside one it must
    // not commit the caller's writes.
    private void commitRead() throws SQLException {
        if (transaction == null) {
            connection.commit();
        }
    }

    @Override
    public synchronized SeriesData read(SeriesQuery query) {
        ensureOpen();
        return RateReads.read(query, this::readNative);
    }

    /**
     * The queries a chunk at a time: per chunk, one SQL query per range, window and aggregation for all its series
     * ({@link DuckReads#readAll}), then each answer as {@link #read} gives it. A rate query's raw points are held
     * only while its chunk is answered.
     */
    @Override
    public synchronized List<SeriesData> readAll(List<SeriesQuery> queries) {
        ensureOpen();
        List<SeriesData> out = new ArrayList<>(queries.size());
        for (int from = 0; from < queries.size(); from += DuckReads.SERIES_PER_QUERY) {
            List<SeriesQuery> chunk = queries.subList(from, Math.min(queries.size(), from + DuckReads.SERIES_PER_QUERY));
            Map<SeriesQuery, SeriesData> fetched;
            try {
                fetched = DuckReads.readAll(connection, catalog::existingId,
                        chunk.stream().map(RateReads::nativeQuery).distinct().toList());
                commitRead();
            } catch (SQLException e) {
                abort();
                throw new StoreException(where() + "reading " + chunk.size() + " series from " + chunk.get(0).key()
                        + " failed: " + e.getMessage(), e);
            }
            chunk.forEach(q -> out.add(RateReads.read(q, fetched::get)));
        }
        return out;
    }

    private SeriesData readNative(SeriesQuery q) {
        Long id = catalog.existingId(q.key());
        if (id == null) {
            return new SeriesData(q.key(), new long[0], new double[0]);
        }
        try {
            SeriesData data = DuckReads.read(connection, id, q);
            commitRead();
            return data;
        } catch (SQLException e) {
            abort();
            throw new StoreException(where() + "reading " + q.key() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<SeriesKey> series(SeriesFilter filter) {
        ensureOpen();
        return catalog.keys().stream().filter(filter::matches).sorted().toList();
    }

    @Override
    public synchronized boolean storedAsInteger(SeriesKey key) {
        ensureOpen();
        return catalog.integer(key);
    }

    @Override
    public synchronized StoreHealth health() {
        if (closed) {
            return new StoreHealth(false, kind(), file.toString(), Map.of("error", "store is closed"));
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM series")) {
            rs.next();
            long series = rs.getLong(1);
            commitRead();
            return new StoreHealth(true, kind(), file.toString(), Map.of("series", series,
                    "fileBytes", Files.exists(file) ? Files.size(file) : 0L));
        } catch (Exception e) {
            return new StoreHealth(false, kind(), file.toString(), Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    /** The database file this store works on. */
    public Path file() {
        return file;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("embedded store " + file + " is closed");
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting; DuckDB aborts the transaction anyway
        }
    }

    private String where() {
        return "embedded store " + file + ": ";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(where() + "closing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMetricStore[" + file + "]";
    }
}
