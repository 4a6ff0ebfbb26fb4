package io.capacity.core.planner;

import io.capacity.core.planner.schedule.Controller;
import io.capacity.core.planner.schedule.Needs;
import io.capacity.core.planner.schedule.Requirement;
import io.capacity.core.planner.schedule.Rules;
import io.capacity.core.planner.schedule.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * One walk of the horizon by a controller, deciding at each step ({@code act}) or holding the current power state,
 * with the per-step plan, the draw and the decisions that fell short of their safety need.
 */
record PlanRun(List<Transition> transitions, List<StepPlan> steps, double[] watts, int unmet, int overrides,
               boolean budgetBlocked) {
    PlanRun {
        transitions = List.copyOf(transitions);
        steps = List.copyOf(steps);
        watts = watts.clone();
    }

    @Override
    public double[] watts() {
        return watts.clone();
    }

    static PlanRun of(Bands bands, double[][] need, double[] expected, Controller c, boolean act, double load) {
        Rules rules = c.rules();
        int h = bands.horizon();
        List<Transition> transitions = new ArrayList<>();
        List<StepPlan> steps = new ArrayList<>();
        double[] watts = new double[h];
        boolean budgetBlocked = false;
        int unmet = 0;
        for (int t = 0; t < h; t++) {
            if (act) {
                int coverEnd = t + rules.leadSteps() + 1;
                int keepEnd = coverEnd + rules.minOffSteps();
                transitions.addAll(c.decide(t, new Requirement(Needs.windowMax(need, t, coverEnd),
                        Needs.windowMax(expected, t, coverEnd)), new Requirement(Needs.windowMax(need, t, keepEnd),
                        Needs.windowMax(expected, t, keepEnd))));
                budgetBlocked |= c.lastBudgetBlocked();
                unmet += c.lastUnmet() ? 1 : 0;
            }
            watts[t] = c.watts(t, bands.meanCpu(t, c.readyCapacity(t, 0), load));
            steps.add(new StepPlan(t, bands.timeAt(t), c.poweredCount(), need[t][0], c.readyCapacity(t, 0), watts[t],
                    Binding.atStep(need[t], c, c.fleet())));
        }
        return new PlanRun(transitions, steps, watts, unmet, c.overrides(), budgetBlocked);
    }
}
