package io.capacity.app.actions.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state file of schema version 1 (before actions were linked) opens, reads, and is version 2 afterwards. */
class StateMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneFileGetsTheUndoesColumnEmptyAndReadsBack() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DuckPlanStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE state_meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL)");
            st.execute("INSERT INTO state_meta VALUES ('schema_version', '1')");
            st.execute("CREATE TABLE plans (id BIGINT NOT NULL, cluster VARCHAR NOT NULL,"
                    + " state VARCHAR NOT NULL, decision VARCHAR NOT NULL, created_at BIGINT NOT NULL,"
                    + " expires_at BIGINT NOT NULL, generated_at BIGINT NOT NULL, currency VARCHAR NOT NULL,"
                    + " horizon_seconds BIGINT NOT NULL, kwh_saved DOUBLE NOT NULL, money_per_week DOUBLE NOT NULL,"
                    + " money_per_month DOUBLE NOT NULL, hosts_freed INTEGER NOT NULL)");
            st.execute("CREATE TABLE actions (plan_id BIGINT NOT NULL, id INTEGER NOT NULL,"
                    + " kind VARCHAR NOT NULL, summary VARCHAR NOT NULL, applies_at BIGINT, hosts VARCHAR[] NOT NULL,"
                    + " band VARCHAR NOT NULL, threshold DOUBLE NOT NULL, grade VARCHAR NOT NULL,"
                    + " grade_reason VARCHAR NOT NULL, binding VARCHAR NOT NULL, cost_delta_per_week DOUBLE NOT NULL,"
                    + " cost_delta_per_month DOUBLE NOT NULL, explanation VARCHAR NOT NULL, state VARCHAR NOT NULL,"
                    + " note VARCHAR)");
            st.execute("CREATE TABLE audit (seq BIGINT NOT NULL, plan_id BIGINT NOT NULL,"
                    + " action_id INTEGER, recorded_at BIGINT NOT NULL, who VARCHAR NOT NULL, why VARCHAR,"
                    + " from_state VARCHAR, to_state VARCHAR NOT NULL)");
            st.execute("INSERT INTO plans VALUES (1, 'c1', 'RECOMMENDED', 'RECOMMENDED', 0, 86400000000000, 0, 'EUR',"
                    + " 604800, 98.9, 20.6, 89.6, 2)");
            st.execute("INSERT INTO actions VALUES (1, 1, 'power_down', 'power down 2 host(s) on the schedule', 0,"
                    + " ['h2', 'h3'], 'upper 95 % + 0 % margin', 0.8, 'uncertain', 'not backtested', 'cpu', -22.18,"
                    + " -96.43, 'fewer hosts at night', 'PENDING', NULL)");
        }
        try (DuckPlanStore store = DuckPlanStore.open(dir)) {
            ActionPlan p = store.find(1).orElseThrow();
            assertEquals(List.of("h2", "h3"), p.action(1).hosts());
            assertEquals(Grade.UNCERTAIN, p.action(1).rationale().grade());
            assertEquals(Dimension.CPU, p.action(1).rationale().binding());
            assertEquals(ActionState.PENDING, p.action(1).state());
            assertNull(p.action(1).undoes());
            store.save(List.of(p.with(p.action(1).to(ActionState.SKIPPED, "old plan"))), List.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DuckPlanStore.FILE));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM state_meta WHERE key = 'schema_version'")) {
            rs.next();
            assertEquals("2", rs.getString(1));
        }
        try (DuckPlanStore store = DuckPlanStore.open(dir)) {
            assertEquals(ActionState.SKIPPED, store.find(1).orElseThrow().action(1).state());
        }
    }
}
