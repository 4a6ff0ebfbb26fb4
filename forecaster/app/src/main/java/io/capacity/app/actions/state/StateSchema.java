package io.capacity.app.actions.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tables of the state file, version {@value #VERSION}:
 *
 * <ul>
 *   <li>{@code state_meta}: {@code schema_version};</li>
 *   <li>{@code plans}: one row per plan, with its decision and, for filtering, the state derived when it was saved;
 *       times as epoch nanoseconds;</li>
 *   <li>{@code actions}: (plan_id, id) with the rationale, state and note; {@code hosts} a list; {@code undoes}
 *       the power-down action a power-on undoes (version 2; a version 1 file gets the column, empty, when
 *       opened);</li>
 *   <li>{@code audit}: append-only, {@code seq} in write order.</li>
 * </ul>
 *
 * <p>No PRIMARY KEY: a save replaces a plan's rows by delete then insert in one transaction, and the book is the
 * only writer, so the keys stay unique by construction (as the metric store's own {@code points}).
 */
final class StateSchema {
    static final int VERSION = 2;

    private StateSchema() {
    }

    static void create(Connection c, String file) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS state_meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL)");
            int found = version(st);
            if (found > VERSION) {
                throw new IllegalStateException("state file " + file + " has schema version " + found
                        + ", newer than this capacity reads (" + VERSION + "); run the capacity that wrote it, or "
                        + "move the file away to start an empty plan book");
            }
            if (found == 0) {
                st.execute("INSERT INTO state_meta VALUES ('schema_version', '" + VERSION + "')");
            }
            st.execute("CREATE TABLE IF NOT EXISTS plans (id BIGINT NOT NULL, cluster VARCHAR NOT NULL,"
                    + " state VARCHAR NOT NULL, decision VARCHAR NOT NULL, created_at BIGINT NOT NULL,"
                    + " expires_at BIGINT NOT NULL, generated_at BIGINT NOT NULL, currency VARCHAR NOT NULL,"
                    + " horizon_seconds BIGINT NOT NULL, kwh_saved DOUBLE NOT NULL, money_per_week DOUBLE NOT NULL,"
                    + " money_per_month DOUBLE NOT NULL, hosts_freed INTEGER NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS actions (plan_id BIGINT NOT NULL, id INTEGER NOT NULL,"
                    + " kind VARCHAR NOT NULL, summary VARCHAR NOT NULL, applies_at BIGINT, hosts VARCHAR[] NOT NULL,"
                    + " band VARCHAR NOT NULL, threshold DOUBLE NOT NULL, grade VARCHAR NOT NULL,"
                    + " grade_reason VARCHAR NOT NULL, binding VARCHAR NOT NULL, cost_delta_per_week DOUBLE NOT NULL,"
                    + " cost_delta_per_month DOUBLE NOT NULL, explanation VARCHAR NOT NULL, state VARCHAR NOT NULL,"
                    + " note VARCHAR, undoes INTEGER)");
            if (found == 1) {
                st.execute("ALTER TABLE actions ADD COLUMN undoes INTEGER");
                st.execute("UPDATE state_meta SET value = '" + VERSION + "' WHERE key = 'schema_version'");
            }
            st.execute("CREATE TABLE IF NOT EXISTS audit (seq BIGINT NOT NULL, plan_id BIGINT NOT NULL,"
                    + " action_id INTEGER, recorded_at BIGINT NOT NULL, who VARCHAR NOT NULL, why VARCHAR,"
                    + " from_state VARCHAR, to_state VARCHAR NOT NULL)");
        }
        c.commit();
    }

    private static int version(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT value FROM state_meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }
}
