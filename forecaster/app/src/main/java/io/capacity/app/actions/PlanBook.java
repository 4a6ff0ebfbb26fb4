package io.capacity.app.actions;

import io.capacity.app.DurationText;
import io.capacity.core.hint.Hints;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: the book of action plans. Records the planner's plans as {@code RECOMMENDED} (superseding the older
 * recommended plan of each cluster), and moves plans and actions through the lifecycle on an operator's or the
 * executor's word, each transition stored with its audit row in one transaction. Recommended plans past their
 * {@code expires_at} expire before any read or change sees them. One book per store; its methods are serialised.
 */
public final class PlanBook implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlanBook.class);
    /** The name automatic transitions are recorded under. */
    public static final String PLANNER = "planner";
    public static final String CLOCK = "clock";

    private final PlanStore store;
    private final Clock clock;
    private final BookSettings settings;

    public PlanBook(PlanStore store, Clock clock, BookSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Records one recommended plan per cluster of {@code plan} (or only {@code cluster}'s when not null), each
     * superseding the cluster's older plans that still wait for a decision; returns the new plans.
     */
    public synchronized List<ActionPlan> record(Plan plan, String cluster, String who, String why) {
        expire();
        Instant now = clock.instant();
        long id = store.lastId();
        List<ActionPlan> saved = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        List<ActionPlan> made = new ArrayList<>();
        for (ClusterPlan c : plan.clusters()) {
            if (cluster != null && !c.cluster().equals(cluster)) {
                continue;
            }
            ActionPlan p = ActionPlans.of(++id, c, plan.currency(), plan.generatedAt(), now, settings.expiry());
            for (ActionPlan old : store.decided(Decision.RECOMMENDED)) {
                if (old.cluster().equals(p.cluster())) {
                    saved.add(old.with(Decision.SUPERSEDED));
                    audit.add(planEntry(old.id(), now, who, "superseded by plan " + p.id(), old.state(),
                            PlanState.SUPERSEDED));
                    LOG.info("plan {} of cluster {} superseded by plan {}", old.id(), old.cluster(), p.id());
                }
            }
            saved.add(p);
            made.add(p);
            audit.add(planEntry(p.id(), now, who, why, null, PlanState.RECOMMENDED));
        }
        if (cluster != null && made.isEmpty()) {
            throw io.capacity.app.RequestProblem.of("cluster", cluster, "the plan has no such cluster (it has "
                    + plan.clusters().stream().map(ClusterPlan::cluster).toList() + ")");
        }
        store.save(saved, audit);
        return List.copyOf(made);
    }

    public synchronized ActionPlan get(long id) {
        expire();
        return store.find(id).orElseThrow(() -> new UnknownPlan("no plan " + id));
    }

    public synchronized List<AuditEntry> audit(long id) {
        get(id);
        return store.audit(id);
    }

    public synchronized PlanPage list(PlanFilter filter) {
        expire();
        return store.list(filter);
    }

    /** An operator approves a recommended plan: its actions that are not skipped may run. */
    public synchronized ActionPlan approve(long id, String who, String why) {
        ActionPlan p = get(id);
        require("approve plan " + id, p, PlanState.PENDING, null);
        if (p.actions().stream().allMatch(a -> a.state() == ActionState.SKIPPED)) {
            throw new RefusedTransition("approve plan " + id, p.state().text(), EnumSet.of(PlanState.DISMISSED),
                    p.actions().isEmpty() ? "it has no action" : "every action is skipped: nothing would run");
        }
        return decide(p, Decision.APPROVED, who, why);
    }

    /** An operator declines a recommended plan. */
    public synchronized ActionPlan dismiss(long id, String who, String why) {
        ActionPlan p = get(id);
        require("dismiss plan " + id, p, PlanState.DISMISSED, null);
        return decide(p, Decision.DISMISSED, who, why);
    }

    /**
     * An operator cancels an approved plan: its actions that have not started are cancelled, except a power-on that
     * undoes a power-down which succeeded or is running: the plan powered that host off (or is doing so), so it
     * powers it on again at its time whatever is decided later ({@link #restores}); cancelling never strands a host.
     */
    public synchronized ActionPlan cancel(long id, String who, String why) {
        ActionPlan p = get(id);
        require("cancel plan " + id, p, PlanState.CANCELLED, null);
        ActionPlan next = p.with(Decision.CANCELLED);
        List<AuditEntry> audit = new ArrayList<>();
        Instant now = clock.instant();
        for (PlanAction a : p.actions()) {
            if (restores(p, a)) {
                LOG.info("cancel plan {}: action {} stays waiting: it powers {} on again at {}, which the plan powered"
                        + " off; skip it while it waits to leave the host off", id, a.id(), a.hosts(), a.at());
            } else if (a.state() == ActionState.PENDING) {
                next = next.with(a.to(ActionState.CANCELLED, why));
                audit.add(actionEntry(p.id(), a.id(), now, who, why, a.state(), ActionState.CANCELLED));
            }
        }
        return commit(p, next, audit, who, why);
    }

    /**
     * Leaves an action out; refused once it has started, and for the last action an approved plan would run. Leaving
     * out a power-down leaves out the waiting power-on that undoes it too (the host stays on, so there is nothing to
     * power on), in the same transaction, audited with the reason.
     */
    public synchronized ActionPlan skip(long id, int actionId, String who, String why) {
        ActionPlan p = get(id);
        PlanAction a = p.action(actionId);
        if (p.state().done()) {
            throw new RefusedTransition("skip action " + actionId + " of plan " + id, p.state().text(),
                    EnumSet.noneOf(PlanState.class), "the plan is " + p.state().text());
        }
        requireAction("skip action " + actionId + " of plan " + id, a, ActionState.SKIPPED);
        List<PlanAction> undoing = p.actions().stream().filter(x -> x.undoes() != null && x.undoes() == actionId
                && x.state() == ActionState.PENDING).toList();
        long left = p.actions().stream().filter(x -> x.state() != ActionState.SKIPPED).count() - 1 - undoing.size();
        if (left == 0 && p.decision() == Decision.APPROVED) {
            throw new RefusedTransition("skip action " + actionId + " of plan " + id, a.state().name()
                    .toLowerCase(java.util.Locale.ROOT), EnumSet.of(ActionState.ONGOING),
                    "it is the approved plan's last action; cancel the plan instead");
        }
        Instant now = clock.instant();
        ActionPlan next = p.with(a.to(ActionState.SKIPPED, why));
        List<AuditEntry> audit = new ArrayList<>(List.of(actionEntry(id, actionId, now, who, why, a.state(),
                ActionState.SKIPPED)));
        for (PlanAction on : undoing) {
            String because = "its power-down, action " + actionId + ", was skipped: " + String.join(", ", on.hosts())
                    + " stays on";
            next = next.with(on.to(ActionState.SKIPPED, because));
            audit.add(actionEntry(id, on.id(), now, who, because, on.state(), ActionState.SKIPPED));
        }
        return commit(p, next, audit, who, why);
    }

    /** The executor starts an action of an approved plan. */
    public synchronized ActionPlan start(long id, int actionId, String who, String why) {
        return execute("start", id, actionId, ActionState.ONGOING, who, why);
    }

    /**
     * The executor does not run a waiting action of an approved plan because a precondition no longer holds (the
     * forecast, the host's power state): the action is cancelled with the reason, so a plan whose other actions
     * succeeded ends PARTIAL, never SUCCEEDED, and one where nothing ran ends CANCELLED. An operator's skip, by
     * contrast, leaves the action out of the plan's outcome.
     */
    public synchronized ActionPlan withhold(long id, int actionId, String who, String why) {
        return execute("withhold", id, actionId, ActionState.CANCELLED, who, why);
    }

    /**
     * The executor moves a waiting action of an approved plan, or of a plan cancelled after approval a power-on
     * that undoes one of its power-downs (the plan brings back what it powered off).
     */
    private ActionPlan execute(String verb, long id, int actionId, ActionState to, String who, String why) {
        ActionPlan p = get(id);
        PlanAction a = p.action(actionId);
        String what = verb + " action " + actionId + " of plan " + id;
        if (p.decision() != Decision.APPROVED && !(p.decision() == Decision.CANCELLED && a.undoes() != null)) {
            throw new RefusedTransition(what, p.state().text(), p.state().next(), "only an approved plan's actions run"
                    + " (and, once it is cancelled, the power-ons of hosts it powered off)");
        }
        requireAction(what, a, to);
        return act(p, a, to, who, why);
    }

    /** The executor reports how a started action ended. */
    public synchronized ActionPlan finish(long id, int actionId, boolean succeeded, String who, String why) {
        ActionPlan p = get(id);
        PlanAction a = p.action(actionId);
        ActionState to = succeeded ? ActionState.SUCCEEDED : ActionState.FAILED;
        requireAction("finish action " + actionId + " of plan " + id, a, to);
        return act(p, a, to, who, why);
    }

    /** Expires every recommended plan past its {@code expires_at}; returns how many. */
    public synchronized int expire() {
        Instant now = clock.instant();
        List<ActionPlan> saved = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (ActionPlan p : store.decided(Decision.RECOMMENDED)) {
            if (!now.isBefore(p.expiresAt())) {
                saved.add(p.with(Decision.EXPIRED));
                audit.add(planEntry(p.id(), now, CLOCK, "not decided by " + p.expiresAt(), p.state(),
                        PlanState.EXPIRED));
                LOG.info("plan {} of cluster {} expired at {} without a decision; recommended plans wait {}: set it"
                        + " with {}", p.id(), p.cluster(), p.expiresAt(), DurationText.of(settings.expiry()),
                        Hints.option("plan_expiry", "DURATION"));
            }
        }
        if (!saved.isEmpty()) {
            store.save(saved, audit);
        }
        return saved.size();
    }

    /**
     * Whether waiting action {@code a} powers on a host that plan {@code p} powered off or is powering off: a
     * power-on that undoes a power-down which succeeded or is running. Such an action runs whatever was decided
     * about the plan later (cancel, expiry), so a plan never strands a host it took off.
     */
    public static boolean restores(ActionPlan p, PlanAction a) {
        if (a.state() != ActionState.PENDING || a.undoes() == null) {
            return false;
        }
        ActionState down = p.action(a.undoes()).state();
        return down == ActionState.SUCCEEDED || down == ActionState.ONGOING;
    }

    @Override
    public void close() {
        store.close();
    }

    private ActionPlan decide(ActionPlan p, Decision d, String who, String why) {
        return commit(p, p.with(d), List.of(), who, why);
    }

    private ActionPlan act(ActionPlan p, PlanAction a, ActionState to, String who, String why) {
        Instant now = clock.instant();
        return commit(p, p.with(a.to(to, why)), List.of(actionEntry(p.id(), a.id(), now, who, why, a.state(), to)),
                who, why);
    }

    /** Saves {@code next} with the actions' audit rows and, when the plan's state moved, the plan's own. */
    private ActionPlan commit(ActionPlan before, ActionPlan next, List<AuditEntry> actionRows, String who,
                              String why) {
        List<AuditEntry> audit = new ArrayList<>(actionRows);
        PlanState from = before.state();
        PlanState to = next.state();
        if (from != to) {
            if (!from.next().contains(to)) {
                throw new IllegalStateException("plan " + before.id() + ": derived state " + to
                        + " is not reachable from " + from);
            }
            audit.add(planEntry(before.id(), clock.instant(), who, why, from, to));
        }
        store.save(List.of(next), audit);
        return next;
    }

    private static void require(String what, ActionPlan p, PlanState to, String extra) {
        Set<PlanState> next = p.state().next();
        if (!next.contains(to)) {
            throw new RefusedTransition(what, p.state().text(), next, extra);
        }
    }

    private static void requireAction(String what, PlanAction a, ActionState to) {
        if (!a.state().next().contains(to)) {
            throw new RefusedTransition(what, a.state().name().toLowerCase(java.util.Locale.ROOT), a.state().next(),
                    null);
        }
    }

    private static AuditEntry planEntry(long id, Instant at, String who, String why, PlanState from, PlanState to) {
        return new AuditEntry(id, null, at, who, why, from == null ? null : from.text(), to.text());
    }

    private static AuditEntry actionEntry(long id, int action, Instant at, String who, String why, ActionState from,
                                          ActionState to) {
        return new AuditEntry(id, action, at, who, why, from.name().toLowerCase(java.util.Locale.ROOT),
                to.name().toLowerCase(java.util.Locale.ROOT));
    }
}
