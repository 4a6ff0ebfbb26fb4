package io.capacity.store.embedded;

import io.capacity.schema.SeriesKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code series} table mirrored in memory: key → id. New series of a write are inserted inside the write's
 * transaction and join the mirror only after it commits, so a rolled-back batch leaves no phantom ids.
 */
final class SeriesCatalog {
    private final Map<SeriesKey, Long> ids = new HashMap<>();
    private final Set<SeriesKey> integers = new HashSet<>();
    private final Map<SeriesKey, Long> pending = new HashMap<>();
    private final Set<SeriesKey> pendingIntegers = new HashSet<>();
    private final List<Object[]> toInsert = new ArrayList<>();
    private long nextId = 1;

    void load(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, series_key, is_integer FROM series")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                SeriesKey key = SeriesKey.parse(rs.getString(2));
                ids.put(key, id);
                if (rs.getBoolean(3)) {
                    integers.add(key);
                }
                nextId = Math.max(nextId, id + 1);
            }
        }
    }

    /** Id of {@code key}, allocating a pending one for a new series. */
    long idFor(SeriesKey key, boolean integer) {
        Long id = ids.get(key);
        if (id == null) {
            id = pending.get(key);
        }
        if (id == null) {
            id = nextId++;
            pending.put(key, id);
            if (integer) {
                pendingIntegers.add(key);
            }
            toInsert.add(new Object[] {id, key, integer});
        }
        return id;
    }

    Long existingId(SeriesKey key) {
        return ids.get(key);
    }

    /** Inserts the series rows not inserted yet within the caller's transaction, which may span several writes. */
    void insertPending(Connection c) throws SQLException {
        if (toInsert.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO series VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : toInsert) {
                SeriesKey key = (SeriesKey) row[1];
                ps.setLong(1, (Long) row[0]);
                ps.setString(2, key.toString());
                ps.setString(3, key.measurement());
                ps.setString(4, TagText.of(key.tags()));
                ps.setString(5, key.field());
                ps.setBoolean(6, (Boolean) row[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        toInsert.clear();
    }

    void commitPending() {
        ids.putAll(pending);
        integers.addAll(pendingIntegers);
        clearPending();
    }

    void discardPending() {
        nextId -= pending.size();
        clearPending();
    }

    private void clearPending() {
        pending.clear();
        pendingIntegers.clear();
        toInsert.clear();
    }

    /** Typed by its first write, as InfluxDB types a field by its first point in a shard. */
    boolean integer(SeriesKey key) {
        return integers.contains(key);
    }

    List<SeriesKey> keys() {
        return new ArrayList<>(ids.keySet());
    }
}
