package io.capacity.app.report;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanState;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The plans an operator can still act on (recommended, pending, ongoing), newest first, each with the report's
 * action rows ({@link ActionRows}: state, rationale and savings per action, a step's power changes as one row), for
 * the service's web pages.
 */
public final class OpenPlans {
    private static final List<PlanState> OPEN = List.of(PlanState.RECOMMENDED, PlanState.PENDING, PlanState.ONGOING);

    /**
     * One plan as a page shows it.
     *
     * @param plan      the plan as the book holds it
     * @param facts     its figures as sentences: when recorded and until when it waits, what it saves
     * @param actions   its actions as the report lists them
     * @param decidable whether it can be approved or dismissed (it is recommended)
     */
    public record Part(ActionPlan plan, List<String> facts, ReportTable actions, boolean decidable) {
        public Part {
            Objects.requireNonNull(plan, "plan");
            facts = List.copyOf(facts);
            Objects.requireNonNull(actions, "actions");
        }

        public String state() {
            return plan.state().text();
        }
    }

    private OpenPlans() {
    }

    /** The book's open plans, newest first (at most {@link PlanFilter#MAX_LIMIT} of each state). */
    public static List<Part> of(PlanBook book, ZoneId zone) {
        List<ActionPlan> open = new ArrayList<>();
        for (PlanState s : OPEN) {
            open.addAll(book.list(PlanFilter.DEFAULTS.with(s, null).page(0, PlanFilter.MAX_LIMIT)).plans());
        }
        open.sort(Comparator.comparingLong(ActionPlan::id).reversed());
        return open.stream().map(p -> part(p, zone)).toList();
    }

    static Part part(ActionPlan p, ZoneId zone) {
        List<String> facts = new ArrayList<>();
        facts.add("Recorded " + Figures.time(p.createdAt(), zone) + " from demand up to "
                + Figures.time(p.generatedAt(), zone) + (p.state() == PlanState.RECOMMENDED ? "; expires "
                + Figures.time(p.expiresAt(), zone) + " unless approved or dismissed." : "."));
        boolean saves = p.efficacy().moneyPerWeek() >= 0;
        facts.add((saves ? "Saves " : "Costs ") + Figures.money(Math.abs(p.efficacy().moneyPerWeek()), p.currency())
                + " per week (" + Figures.money(Math.abs(p.efficacy().moneyPerMonth()), p.currency()) + " per month); "
                + "saves "
                + Figures.number(p.efficacy().kwhSaved()) + " kWh over its horizon of " + p.efficacy().horizon()
                .toHours() + " h against holding today's power state; powers down " + p.efficacy().hostsFreed()
                + " host(s) at some point.");
        return new Part(p, facts, ActionRows.table(p.cluster(), p, zone), p.state() == PlanState.RECOMMENDED);
    }
}
