package io.capacity.planner;

import io.capacity.planner.plan.StepPlan;
import io.capacity.planner.schedule.Controller;
import io.capacity.planner.schedule.Needs;
import io.capacity.planner.schedule.Requirement;
import io.capacity.planner.schedule.Rules;
import io.capacity.planner.schedule.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * One walk of the horizon by a controller in one {@link Mode}, with the per-step plan, the draw and the decisions
 * that fell short of their safety need.
 */
record PlanRun(List<Transition> transitions, List<StepPlan> steps, double[] watts, int unmet, int overrides,
               boolean budgetBlocked) {
    /** What the controller may do: nothing (the current state held), power on only, or power on and off. */
    enum Mode { HOLD, POWER_ON_ONLY, SCHEDULE }

    private static final Requirement NEVER_OFF = Requirement.of(new double[] {Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});

    /**
     * What a host's break-even off time asks of the others: the bound (the safety need) over the steps {@code [t,
     * end)}. A window past the horizon takes the horizon's peak need, since nothing is known beyond it: a host goes
     * dark near the horizon's end only if the others carry the busiest step planned.
     */
    static Requirement stay(double[][] need, double[] expected, int t, int end) {
        if (end <= need.length) {
            return new Requirement(Needs.windowMax(need, t, end), Needs.windowMax(expected, t, end));
        }
        return new Requirement(Needs.windowMax(need, 0, need.length), Needs.windowMax(expected, 0, need.length));
    }

    PlanRun {
        transitions = List.copyOf(transitions);
        steps = List.copyOf(steps);
        watts = watts.clone();
    }

    @Override
    public double[] watts() {
        return watts.clone();
    }

    static PlanRun of(Bands bands, double[][] need, double[] expected, Controller c, Mode mode, double load) {
        Rules rules = c.rules();
        int h = bands.horizon();
        List<Transition> transitions = new ArrayList<>();
        List<StepPlan> steps = new ArrayList<>();
        double[] watts = new double[h];
        boolean budgetBlocked = false;
        int unmet = 0;
        for (int t = 0; t < h; t++) {
            if (mode != Mode.HOLD) {
                int coverEnd = t + rules.leadSteps() + 1;
                int keepEnd = coverEnd + rules.minOffSteps();
                Requirement keep = mode == Mode.SCHEDULE ? new Requirement(Needs.windowMax(need, t, keepEnd),
                        Needs.windowMax(expected, t, keepEnd)) : NEVER_OFF;
                int from = t;
                transitions.addAll(c.decide(t, new Requirement(Needs.windowMax(need, t, coverEnd),
                        Needs.windowMax(expected, t, coverEnd)), keep,
                        n -> mode == Mode.SCHEDULE ? stay(need, expected, from, coverEnd + n) : NEVER_OFF,
                        rules.stepsPerDay()));
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
