package io.capacity.store.embedded;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreException;
import io.capacity.store.StoreHealth;
import io.capacity.store.common.RateReads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * {@link MetricStore} in one DuckDB file (default {@code ./data/capacity.duckdb}): no server, fast bulk import and
 * windowed SQL aggregation. One connection, used under this object's lock, because DuckDB lets a single process
 * open the file for writing; every write is one transaction.
 */
public final class EmbeddedMetricStore implements MetricStore {
    private final Path file;
    private final DuckDBConnection connection;
    private final SeriesCatalog catalog = new SeriesCatalog();
    private boolean closed;

    private EmbeddedMetricStore(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the store file; a locked or foreign file fails with what to do about it. */
    public static EmbeddedMetricStore open(Path file) {
        Path abs = file.toAbsolutePath();
        DuckDBConnection c = DuckFiles.open(abs);
        EmbeddedMetricStore store = new EmbeddedMetricStore(abs, c);
        try {
            c.setAutoCommit(false);
            DuckSchema.create(c);
            store.catalog.load(c);
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
        if (points.isEmpty()) {
            return;
        }
        try {
            DuckWrites.write(connection, catalog, points);
            connection.commit();
            catalog.commitPending();
        } catch (SQLException e) {
            abort();
            throw new StoreException(where() + "writing " + points.size()
                    + " points failed, nothing of this batch was stored: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    private void abort() {
        catalog.discardPending();
        rollback();
    }

    @Override
    public synchronized SeriesData read(SeriesQuery query) {
        ensureOpen();
        return RateReads.read(query, this::readNative);
    }

    private SeriesData readNative(SeriesQuery q) {
        Long id = catalog.existingId(q.key());
        if (id == null) {
            return new SeriesData(q.key(), new long[0], new double[0]);
        }
        try {
            SeriesData data = DuckReads.read(connection, id, q);
            connection.commit();
            return data;
        } catch (SQLException e) {
            rollback();
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
            connection.commit();
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
