package io.capacity.app.actions.state;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.Decision;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanPage;
import io.capacity.app.actions.PlanStore;
import io.capacity.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The plan book in a DuckDB file. One connection, kept open (DuckDB locks the file against other processes); every
 * save is one transaction, so after a crash the file holds each transition with its audit rows, or neither.
 */
public final class DuckPlanStore implements PlanStore {
    /** The file's name under the data directory. */
    public static final String FILE = "state.duckdb";

    private final Path file;
    private final Connection c;

    private DuckPlanStore(Path file, Connection c) {
        this.file = file;
        this.c = c;
    }

    /** Opens (creating when missing) {@value #FILE} under {@code dataDir}. */
    public static DuckPlanStore open(Path dataDir) {
        Path f = dataDir.resolve(FILE).toAbsolutePath();
        try {
            Files.createDirectories(f.getParent());
        } catch (IOException e) {
            throw new StoreException("plan state: cannot create directory " + f.getParent() + " (" + e.getMessage()
                    + "); choose another with --data-dir", e);
        }
        Properties props = new Properties();
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + f, props);
            c.setAutoCommit(false);
            StateSchema.create(c, f.toString());
            return new DuckPlanStore(f, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            if (msg.contains("lock")) {
                throw new StoreException("plan state file " + f + " is locked by another process; stop that "
                        + "capacity serve, or choose another --data-dir", e);
            }
            throw e instanceof IllegalStateException i ? new StoreException(i.getMessage(), e)
                    : new StoreException("plan state file " + f + " cannot be opened: " + msg, e);
        }
    }

    @Override
    public synchronized long lastId() {
        return query("SELECT coalesce(max(id), 0) FROM plans", List.of(), rs -> rs.getLong(1)).get(0);
    }

    @Override
    public synchronized void save(List<ActionPlan> plans, List<AuditEntry> audit) {
        try {
            long seq;
            try (PreparedStatement st = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM audit");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
            for (ActionPlan p : plans) {
                for (String table : List.of("plans WHERE id", "actions WHERE plan_id")) {
                    try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " = ?")) {
                        st.setLong(1, p.id());
                        st.executeUpdate();
                    }
                }
                StateRows.insert(c, p);
            }
            for (AuditEntry a : audit) {
                StateRows.append(c, ++seq, a);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw new StoreException("plan state file " + file + ": the change was not saved: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    @Override
    public synchronized Optional<ActionPlan> find(long id) {
        return plans("SELECT " + StateRows.PLAN_COLUMNS + " FROM plans WHERE id = ?", List.of(id)).stream()
                .findFirst();
    }

    @Override
    public synchronized List<ActionPlan> decided(Decision d) {
        return plans("SELECT " + StateRows.PLAN_COLUMNS + " FROM plans WHERE decision = ? ORDER BY id",
                List.of(d.name()));
    }

    @Override
    public synchronized PlanPage list(PlanFilter f) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (f.state() != null) {
            where.append(" AND state = ?");
            args.add(f.state().name());
        }
        if (f.cluster() != null) {
            where.append(" AND cluster = ?");
            args.add(f.cluster());
        }
        long total = query("SELECT count(*) FROM plans" + where, args, rs -> rs.getLong(1)).get(0);
        List<Object> paged = new ArrayList<>(args);
        paged.add(f.limit());
        paged.add(f.offset());
        List<ActionPlan> page = plans("SELECT " + StateRows.PLAN_COLUMNS + " FROM plans" + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?", paged);
        return new PlanPage(page, (int) total, f.offset(), f.limit());
    }

    @Override
    public synchronized List<AuditEntry> audit(long planId) {
        return query("SELECT plan_id, action_id, recorded_at, who, why, from_state, to_state FROM audit WHERE plan_id = ?"
                + " ORDER BY seq", List.of(planId), StateRows::audit);
    }

    @Override
    public synchronized void close() {
        closeQuietly(c);
    }

    private List<ActionPlan> plans(String sql, List<Object> args) {
        return query(sql, args, rs -> StateRows.plan(c, rs));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> args, Row<T> row) {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setObject(i + 1, args.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            c.commit();
            return out;
        } catch (SQLException e) {
            throw new StoreException("plan state file " + file + " cannot be read: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the failure is what matters
            }
        }
    }
}
