package io.capacity.app.report;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.PlanAction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's actions as the report lists them: the actions of one kind, due at the same time and in the same state
 * (the hosts a night's step powers down together) are one row naming their hosts and adding up their savings, so a
 * week of per-host power changes reads as a schedule rather than hundreds of lines.
 */
final class ActionRows {
    /** Hosts named in a grouped row before the rest are counted. */
    static final int HOSTS_NAMED = 6;

    private ActionRows() {
    }

    /** The plan's actions as the report's {@code actions} table. */
    static ReportTable table(String cluster, ActionPlan plan, ZoneId zone) {
        return new ReportTable("actions", List.of("cluster", "action", "kind", "summary", "state", "rationale",
                "saved per week"), of(cluster, plan, zone));
    }

    static List<ReportTable.Row> of(String cluster, ActionPlan plan, ZoneId zone) {
        Map<List<Object>, List<PlanAction>> groups = new LinkedHashMap<>();
        for (PlanAction a : plan.actions()) {
            groups.computeIfAbsent(key(a), k -> new ArrayList<>()).add(a);
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (List<PlanAction> g : groups.values()) {
            PlanAction first = g.get(0);
            double saved = -g.stream().mapToDouble(a -> a.rationale().costDeltaPerWeek()).sum();
            String ids = "#" + plan.id() + "/" + first.id()
                    + (g.size() > 1 ? "-" + g.get(g.size() - 1).id() + " (" + g.size() + ")" : "");
            String summary = g.size() == 1 ? first.summary() : grouped(first.kind(), first.at(), hosts(g), zone);
            rows.add(ReportTable.Row.of(cluster, ids, first.kind(), summary,
                    first.state().name().toLowerCase(Locale.ROOT), rationale(first),
                    Figures.money(saved, plan.currency())));
        }
        return rows;
    }

    private static List<Object> key(PlanAction a) {
        // Only power changes are grouped; every other action keeps its own row.
        boolean power = !a.hosts().isEmpty() && a.at() != null;
        return power ? List.of(a.kind(), a.at(), a.state()) : List.of(a.id());
    }

    private static List<String> hosts(List<PlanAction> g) {
        return g.stream().flatMap(a -> a.hosts().stream()).distinct().toList();
    }

    private static String grouped(String kind, Instant at, List<String> hosts, ZoneId zone) {
        String named = String.join(", ", hosts.subList(0, Math.min(HOSTS_NAMED, hosts.size())))
                + (hosts.size() > HOSTS_NAMED ? " and " + (hosts.size() - HOSTS_NAMED) + " more" : "");
        return kind.replace('_', ' ') + " " + hosts.size() + " hosts at " + Figures.time(Objects.requireNonNull(at),
                zone) + ": " + named;
    }

    private static String rationale(PlanAction a) {
        var r = a.rationale();
        return r.explanation() + " (" + r.band() + ", grade " + r.grade().name().toLowerCase(Locale.ROOT)
                + ", binding " + r.binding().name().toLowerCase(Locale.ROOT) + ")";
    }
}
