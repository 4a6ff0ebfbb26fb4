package io.capacity.app.actions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A plan for one cluster, as the book keeps it. Its {@link #state()} is derived from the decision and the actions
 * ({@link PlanStates#derive}), never stored on its own, so it cannot disagree with them.
 *
 * @param id          the book's number for it, from 1
 * @param cluster     the cluster
 * @param createdAt   when the book recorded it
 * @param expiresAt   when it expires unless decided
 * @param generatedAt when the planner made it (the end of its demand history)
 * @param currency    the currency of its money figures
 * @param decision    what was decided about it
 * @param efficacy    what it is worth
 * @param actions     its actions, by id
 */
public record ActionPlan(long id, String cluster, Instant createdAt, Instant expiresAt, Instant generatedAt,
                         String currency, Decision decision, Efficacy efficacy, List<PlanAction> actions) {
    public ActionPlan {
        if (id < 1) {
            throw new IllegalArgumentException("plan id must be >= 1, got " + id);
        }
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(efficacy, "efficacy");
        actions = List.copyOf(actions);
        for (int i = 0; i < actions.size(); i++) {
            PlanAction a = actions.get(i);
            if (a.id() != i + 1) {
                throw new IllegalArgumentException("plan " + id + ": action " + (i + 1) + " has id " + a.id());
            }
            if (a.undoes() != null && !(actions.get(a.undoes() - 1).kind().equals("power_down")
                    && actions.get(a.undoes() - 1).hosts().equals(a.hosts()))) {
                throw new IllegalArgumentException("plan " + id + ": action " + a.id() + " undoes action "
                        + a.undoes() + ", which is not a power-down of " + a.hosts());
            }
        }
        PlanStates.derive(decision, actions.stream().map(PlanAction::state).toList());
    }

    public PlanState state() {
        return PlanStates.derive(decision, actions.stream().map(PlanAction::state).toList());
    }

    /** The action numbered {@code actionId}. */
    public PlanAction action(int actionId) {
        if (actionId < 1 || actionId > actions.size()) {
            throw new UnknownPlan("plan " + id + " has no action " + actionId + " (it has " + actions.size()
                    + (actions.size() == 1 ? " action)" : " actions)"));
        }
        return actions.get(actionId - 1);
    }

    public ActionPlan with(Decision d) {
        return new ActionPlan(id, cluster, createdAt, expiresAt, generatedAt, currency, d, efficacy, actions);
    }

    public ActionPlan with(PlanAction a) {
        List<PlanAction> next = new java.util.ArrayList<>(actions);
        next.set(a.id() - 1, a);
        return new ActionPlan(id, cluster, createdAt, expiresAt, generatedAt, currency, decision, efficacy, next);
    }
}
