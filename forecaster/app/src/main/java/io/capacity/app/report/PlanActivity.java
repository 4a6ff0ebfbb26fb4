package io.capacity.app.report;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.Decision;
import io.capacity.app.actions.PlanAction;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plans the book recorded during the week and what became of their actions: the KPIs' action counts, the
 * latest plan per cluster (whose efficacy is the savings figure), and the recommendations table.
 *
 * @param plans  the week's plans, newest first
 * @param latest the newest plan of each cluster among them, by cluster name
 */
record PlanActivity(List<ActionPlan> plans, Map<String, ActionPlan> latest) {
    static final PlanActivity NONE = new PlanActivity(List.of(), Map.of());

    PlanActivity {
        plans = List.copyOf(plans);
        // Sorted by cluster: Map.copyOf's order changes from one JVM run to the next, and the report lists these.
        latest = Collections.unmodifiableMap(new TreeMap<>(latest));
    }

    /** The plans of {@code clusters} that {@code book} recorded in [from, to). */
    static PlanActivity read(PlanBook book, Set<String> clusters, Instant from, Instant to) {
        List<ActionPlan> week = new ArrayList<>();
        int offset = 0;
        while (true) {
            PlanPage page = book.list(PlanFilter.DEFAULTS.page(offset, PlanFilter.MAX_LIMIT));
            for (ActionPlan p : page.plans()) {
                if (!p.createdAt().isBefore(from) && p.createdAt().isBefore(to) && clusters.contains(p.cluster())) {
                    week.add(p);
                }
            }
            offset += page.plans().size();
            boolean older = page.plans().stream().anyMatch(p -> p.createdAt().isBefore(from));
            if (page.plans().isEmpty() || offset >= page.total() || older) {
                break;
            }
        }
        week.sort(Comparator.comparing(ActionPlan::createdAt).reversed().thenComparing(ActionPlan::id,
                Comparator.reverseOrder()));
        Map<String, ActionPlan> latest = new LinkedHashMap<>();
        week.forEach(p -> latest.putIfAbsent(p.cluster(), p));
        return new PlanActivity(week, latest);
    }

    int recommended() {
        return plans.stream().mapToInt(p -> p.actions().size()).sum();
    }

    /** Actions of the plans an operator approved (whatever became of them after). */
    int approved() {
        return plans.stream().filter(p -> p.decision() == Decision.APPROVED || p.decision() == Decision.CANCELLED)
                .mapToInt(p -> p.actions().size()).sum();
    }

    int applied() {
        return (int) plans.stream().flatMap(p -> p.actions().stream()).map(PlanAction::state)
                .filter(s -> s == ActionState.SUCCEEDED).count();
    }

    /** kWh the latest plans save per week: each plan's saving over its horizon, scaled to seven days. */
    double kwhPerWeek() {
        return latest.values().stream().mapToDouble(p -> p.efficacy().kwhSaved() * 7 * 86_400
                / Math.max(1, p.efficacy().horizon().toSeconds())).sum();
    }

    double moneyPerWeek() {
        return latest.values().stream().mapToDouble(p -> p.efficacy().moneyPerWeek()).sum();
    }
}
