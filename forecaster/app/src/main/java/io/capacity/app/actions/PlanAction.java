package io.capacity.app.actions;

import io.capacity.planner.recommend.Rationale;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One action of a plan.
 *
 * @param id        its number within the plan, from 1, in the order the actions are due
 * @param kind      what to do, in lower case (power_down, power_on, buy, hold, ...: the planner's kinds)
 * @param summary   the action in one line
 * @param at        when it is due: not before this time; null for the whole horizon
 * @param hosts     hosts concerned: the one host of a power action; empty for a purchase
 * @param rationale why, as the planner gave it (band, threshold, grade, binding dimension), with this action's own
 *                  cost deltas and explanation
 * @param undoes    for a power-on, the power-down action it brings its host back from (it runs only once that one
 *                  succeeded); null for every other action and for a power-on of a host that was off when the plan
 *                  was made
 * @param state     where it stands
 * @param note      why it is in that state (a skip's or failure's reason); null when nobody said
 */
public record PlanAction(int id, String kind, String summary, Instant at, List<String> hosts, Rationale rationale,
                         Integer undoes, ActionState state, String note) {
    public PlanAction {
        if (id < 1) {
            throw new IllegalArgumentException("action id must be >= 1, got " + id);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(state, "state");
        hosts = List.copyOf(hosts);
        if (undoes != null && (undoes < 1 || undoes >= id)) {
            throw new IllegalArgumentException("action " + id + " undoes action " + undoes
                    + ": a power-on comes after the power-down it undoes");
        }
    }

    public PlanAction to(ActionState next, String why) {
        return new PlanAction(id, kind, summary, at, hosts, rationale, undoes, next, why);
    }
}
