package io.capacity.app.actions;

import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.PlanResult;
import io.capacity.planner.Site;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * Use case: plan the site with {@link MakePlan} and record the result in the book as {@code RECOMMENDED}, one plan
 * per cluster (or only {@code cluster}'s), superseding each cluster's plan that still waits for a decision.
 */
public final class RecordPlans {
    private final MakePlan planner;
    private final PlanBook book;

    public RecordPlans(MakePlan planner, PlanBook book) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.book = Objects.requireNonNull(book, "book");
    }

    public List<ActionPlan> run(PlanRequest request, String cluster, String who, String why) {
        if (request.whatIf().any()) {
            throw io.capacity.app.RequestProblem.of("what_if", "a what-if is an answer, not a plan to record");
        }
        PlanResult r = planner.run(request);
        return book.record(r.plan(), cluster, who, why);
    }

    /**
     * The same from demand forecasts already made ({@link MakePlan#fromForecasts}): the scheduled pipeline plans
     * each cluster from the forecasts it has just written, without forecasting again.
     */
    public List<ActionPlan> fromForecasts(PlanRequest request, Site site, DemandForecasts demand, String cluster,
                                          String who, String why) {
        return recordFromForecasts(request, site, demand, cluster, who, why).recorded();
    }

    /** {@link #fromForecasts}, keeping the planner's plan (its schedule and purchases) beside what was recorded. */
    public Recorded recordFromForecasts(PlanRequest request, Site site, DemandForecasts demand, String cluster,
                                        String who, String why) {
        Plan plan = planner.fromForecasts(request, site, demand).plan();
        return new Recorded(plan, book.record(plan, cluster, who, why));
    }

    /** The planner's plan and the plans the book recorded from it. */
    public record Recorded(Plan plan, List<ActionPlan> recorded) {
        public Recorded {
            Objects.requireNonNull(plan, "plan");
            recorded = List.copyOf(recorded);
        }
    }
}
