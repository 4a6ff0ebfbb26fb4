package io.capacity.app.actions.state;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.Decision;
import io.capacity.app.actions.Efficacy;
import io.capacity.app.actions.PlanAction;
import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.recommend.Rationale;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Records to rows and back. */
final class StateRows {
    static final String PLAN_COLUMNS = "id, cluster, decision, created_at, expires_at, generated_at, currency,"
            + " horizon_seconds, kwh_saved, money_per_week, money_per_month, hosts_freed";
    private static final String ACTION_COLUMNS = "id, kind, summary, applies_at, hosts, band, threshold, grade, grade_reason,"
            + " binding, cost_delta_per_week, cost_delta_per_month, explanation, state, note, undoes";

    private StateRows() {
    }

    static void insert(Connection c, ActionPlan p) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO plans (" + PLAN_COLUMNS
                + ", state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Efficacy e = p.efficacy();
            st.setLong(1, p.id());
            st.setString(2, p.cluster());
            st.setString(3, p.decision().name());
            st.setLong(4, Nanos.of(p.createdAt()));
            st.setLong(5, Nanos.of(p.expiresAt()));
            st.setLong(6, Nanos.of(p.generatedAt()));
            st.setString(7, p.currency());
            st.setLong(8, e.horizon().toSeconds());
            st.setDouble(9, e.kwhSaved());
            st.setDouble(10, e.moneyPerWeek());
            st.setDouble(11, e.moneyPerMonth());
            st.setInt(12, e.hostsFreed());
            st.setString(13, p.state().name());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO actions (plan_id, " + ACTION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlanAction a : p.actions()) {
                Rationale w = a.rationale();
                st.setLong(1, p.id());
                st.setInt(2, a.id());
                st.setString(3, a.kind());
                st.setString(4, a.summary());
                if (a.at() == null) {
                    st.setNull(5, Types.BIGINT);
                } else {
                    st.setLong(5, Nanos.of(a.at()));
                }
                st.setArray(6, c.createArrayOf("VARCHAR", a.hosts().toArray()));
                st.setString(7, w.band());
                st.setDouble(8, w.threshold());
                st.setString(9, lower(w.grade().name()));
                st.setString(10, w.gradeReason());
                st.setString(11, lower(w.binding().name()));
                st.setDouble(12, w.costDeltaPerWeek());
                st.setDouble(13, w.costDeltaPerMonth());
                st.setString(14, w.explanation());
                st.setString(15, a.state().name());
                st.setString(16, a.note());
                if (a.undoes() == null) {
                    st.setNull(17, Types.INTEGER);
                } else {
                    st.setInt(17, a.undoes());
                }
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static void append(Connection c, long seq, AuditEntry a) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, seq);
            st.setLong(2, a.planId());
            if (a.actionId() == null) {
                st.setNull(3, Types.INTEGER);
            } else {
                st.setInt(3, a.actionId());
            }
            st.setLong(4, Nanos.of(a.at()));
            st.setString(5, a.who());
            st.setString(6, a.why());
            st.setString(7, a.from());
            st.setString(8, a.to());
            st.executeUpdate();
        }
    }

    /** The plan of the current row of a {@code SELECT PLAN_COLUMNS FROM plans}, with its actions. */
    static ActionPlan plan(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Efficacy e = new Efficacy(Duration.ofSeconds(rs.getLong(8)), rs.getDouble(9), rs.getDouble(10),
                rs.getDouble(11), rs.getInt(12));
        return new ActionPlan(id, rs.getString(2), Nanos.instant(rs.getLong(4)), Nanos.instant(rs.getLong(5)),
                Nanos.instant(rs.getLong(6)), rs.getString(7), Decision.valueOf(rs.getString(3)), e, actions(c, id));
    }

    private static List<PlanAction> actions(Connection c, long plan) throws SQLException {
        List<PlanAction> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + ACTION_COLUMNS
                + " FROM actions WHERE plan_id = ? ORDER BY id")) {
            st.setLong(1, plan);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long at = rs.getLong(4);
                    boolean noTime = rs.wasNull();
                    Array hosts = rs.getArray(5);
                    List<String> h = Arrays.stream((Object[]) hosts.getArray()).map(String::valueOf).toList();
                    Rationale w = new Rationale(rs.getString(6), rs.getDouble(7), Grade.valueOf(upper(rs.getString(8))),
                            rs.getString(9), Dimension.valueOf(upper(rs.getString(10))), rs.getDouble(11),
                            rs.getDouble(12), rs.getString(13));
                    Object undoes = rs.getObject(16);
                    out.add(new PlanAction(rs.getInt(1), rs.getString(2), rs.getString(3),
                            noTime ? null : Nanos.instant(at), h, w, undoes == null ? null : ((Number) undoes).intValue(),
                            ActionState.valueOf(rs.getString(14)), rs.getString(15)));
                }
            }
        }
        return out;
    }

    static AuditEntry audit(ResultSet rs) throws SQLException {
        int action = rs.getInt(2);
        boolean noAction = rs.wasNull();
        return new AuditEntry(rs.getLong(1), noAction ? null : action, Nanos.instant(rs.getLong(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    /** Grades and dimensions are stored in lower case, as the plan documents write them. */
    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
