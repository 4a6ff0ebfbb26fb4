package io.capacity.app.actions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One action of a plan.
 *
 * @param id      its number within the plan, from 1
 * @param kind    what to do, in lower case (power_down, power_on, buy, hold, ...: the planner's kinds)
 * @param summary the action in one line
 * @param at      when it applies; null for the whole horizon
 * @param hosts   hosts concerned (empty for a purchase)
 * @param advice  why, with the band, threshold, grade, binding dimension and cost deltas
 * @param state   where it stands
 * @param note    why it is in that state (a skip's or failure's reason); null when nobody said
 */
public record PlanAction(int id, String kind, String summary, Instant at, List<String> hosts, Advice advice,
                         ActionState state, String note) {
    public PlanAction {
        if (id < 1) {
            throw new IllegalArgumentException("action id must be >= 1, got " + id);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(state, "state");
        hosts = List.copyOf(hosts);
    }

    public PlanAction to(ActionState next, String why) {
        return new PlanAction(id, kind, summary, at, hosts, advice, next, why);
    }
}
