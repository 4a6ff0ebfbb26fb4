package io.capacity.app.actions.apply;

import io.capacity.app.DurationText;
import io.capacity.app.StoreAccess;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityRequest;
import java.nio.file.Path;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.Decision;
import io.capacity.app.actions.PlanAction;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.RefusedTransition;
import io.capacity.collectors.power.control.Bmcs;
import io.capacity.collectors.power.control.PowerCommand;
import io.capacity.core.hint.Hints;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: apply an action plan's power actions through the hosts' BMCs, in order. A dry run checks every
 * precondition and lists the commands, changing nothing (no command sent, no transition recorded). A real run
 * (only when {@link ApplySettings#execute()}) re-reads the plan before each action and checks, just before it runs:
 * the plan is approved and its {@code expires_at} has not passed (not asked of a power-on that brings back a host
 * the plan powered off: that one always runs); every host has a BMC; each host's power state, read
 * from its BMC, is the one the action expects; a power-on that undoes a power-down runs only once that one
 * succeeded; and for a power-down, that the cluster keeps its usable capacity with every host off that the plan
 * will then have off, each until it comes back ({@link OffWindows}, {@link CapacityCheck}; at most the lookahead).
 * Only actions whose time has come run, unless named. A failed precondition cancels the action with the reason
 * ({@link PlanBook#withhold}); otherwise the action is started, the
 * commands sent, and the power state polled until every host reached the target or the timeout passed: SUCCEEDED
 * only when each host's state was read back as the target. Every transition goes through the book, audited under
 * the caller's name. Real runs are serialised.
 */
public final class ApplyPlan {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyPlan.class);
    private static final String POWER_DOWN = "power_down";
    private static final String POWER_ON = "power_on";

    private final PlanBook book;
    private final Bmcs bmcs;
    private final CapacityCheck capacity;
    private final ApplySettings settings;
    private final Clock clock;

    public ApplyPlan(PlanBook book, Bmcs bmcs, CapacityCheck capacity, ApplySettings settings, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.bmcs = Objects.requireNonNull(bmcs, "bmcs");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The use case as every front end assembles it: the BMCs of the collectors' configuration, and the capacity
     * check forecasting {@code stores}' data for {@code inventory} (null: no power-down passes it) with the
     * planner's defaults ({@link CapacityRequest#DEFAULTS}).
     */
    public static ApplyPlan of(PlanBook book, Bmcs bmcs, StoreAccess stores, Path inventory, ApplySettings settings,
                               Clock clock) {
        return new ApplyPlan(book, bmcs, new StoredCapacityCheck(new AssessCapacity(stores, clock), inventory,
                CapacityRequest.DEFAULTS, clock), settings, clock);
    }

    public ApplySettings settings() {
        return settings;
    }

    /**
     * Applies plan {@code id} (or, {@code dryRun}, says what that would do).
     *
     * @throws ApplyDisabled      for a real run when execution is off
     * @throws RefusedTransition  when the plan has finished, or (real run) is not approved
     */
    public ApplyResult run(long id, boolean dryRun, String who) {
        return run(id, null, dryRun, who);
    }

    /**
     * As {@link #run(long, boolean, String)}; with {@code actionId}, that action only, now, even before its time
     * (an operator's explicit choice; its preconditions are checked all the same). Without it, every waiting power
     * action whose time has come (or that has none) runs, in order; one due later is left waiting.
     */
    public ApplyResult run(long id, Integer actionId, boolean dryRun, String who) {
        if (!dryRun && !settings.execute()) {
            throw new ApplyDisabled("apply plan " + id + ": this service only dry-runs plans; real runs are off "
                    + "unless enabled with " + Hints.option("apply_actions", "true"));
        }
        ActionPlan p = book.get(id);
        if (actionId != null) {
            p.action(actionId);
        }
        if (p.state().done() || (!dryRun && p.decision() != Decision.APPROVED
                && p.actions().stream().noneMatch(ApplyPlan::linkedPowerOn))) {
            throw new RefusedTransition("apply plan " + id, p.state().text(), p.state().next(),
                    "only an approved plan that has not finished runs (or a cancelled one's power-ons of hosts it "
                    + "powered off)");
        }
        return dryRun ? dry(p, actionId) : real(id, actionId, who);
    }

    private ApplyResult dry(ActionPlan p, Integer only) {
        List<ActionOutcome> out = new ArrayList<>();
        for (PlanAction a : p.actions()) {
            if (only == null || only == a.id()) {
                out.add(new ActionRun(this, p, a, true, null, only != null).call());
            }
        }
        return new ApplyResult(p, true, out);
    }

    private synchronized ApplyResult real(long id, Integer only, String who) {
        List<ActionOutcome> out = new ArrayList<>();
        int n = book.get(id).actions().size();
        for (int i = 1; i <= n; i++) {
            if (only != null && only != i) {
                continue;
            }
            ActionPlan now = book.get(id);
            ActionOutcome o = new ActionRun(this, now, now.action(i), false, who, only != null).call();
            if (changes(o.outcome())) {
                LOG.info("apply plan {} action {} ({}) by {}: {}: {}", id, i, o.kind(), who, o.outcome().text(),
                        o.reason());
            } else {
                LOG.debug("apply plan {} action {} ({}): {}: {}", id, i, o.kind(), o.outcome().text(), o.reason());
            }
            out.add(o);
        }
        return new ApplyResult(book.get(id), false, out);
    }

    /**
     * Whether a real run's outcome recorded a transition (succeeded, failed, not run): one INFO line each. Waiting
     * and untouched actions are DEBUG, since the executor looks at them every pass.
     */
    static boolean changes(Outcome o) {
        return o == Outcome.SUCCEEDED || o == Outcome.FAILED || o == Outcome.NOT_RUN;
    }

    /** The command of a power action's kind; null for any other kind. */
    static PowerCommand command(String kind) {
        return switch (kind) {
            case POWER_DOWN -> PowerCommand.GRACEFUL_SHUTDOWN;
            case POWER_ON -> PowerCommand.ON;
            default -> null;
        };
    }

    /**
     * Why the plan may not run action {@code a} now; empty when it may. A power-on that undoes a power-down always
     * may (its power-down succeeded, or {@link Order} holds it before this): whatever happened to the plan since
     * (expiry, a cancel), the host the plan powered off comes back. Only an action that removes capacity needs the
     * plan approved and its forecast fresh ({@code expires_at} not passed).
     */
    Optional<String> planPrecondition(ActionPlan p, PlanAction a) {
        if (a.undoes() != null) {
            return Optional.empty();
        }
        if (p.decision() != Decision.APPROVED) {
            return Optional.of("plan " + p.id() + " is " + p.state().text() + ", not approved");
        }
        if (!clock.instant().isBefore(p.expiresAt())) {
            return Optional.of("plan " + p.id() + " expired at " + p.expiresAt() + ": the forecast it rests on is "
                    + "stale; record a new plan");
        }
        return Optional.empty();
    }

    /**
     * The hosts that will be off once power-down {@code a} runs now, and until when ({@link OffWindows}), at most the
     * lookahead ahead.
     */
    List<OffWindows.Window> windows(ActionPlan p, PlanAction a) {
        Instant now = clock.instant();
        Instant limit = now.plus(settings.lookahead());
        List<OffWindows.Window> w = OffWindows.of(p, a, now, limit);
        if (!w.isEmpty() && w.get(w.size() - 1).until().equals(limit)) {
            LOG.info("apply: action {} of plan {}: no power-on of the plan brings {} back sooner, so the capacity"
                    + " check looks {} ahead; set it with {}", a.id(), p.id(), w.get(w.size() - 1).hosts(),
                    DurationText.of(settings.lookahead()), Hints.option("apply_lookahead", "DURATION"));
        }
        return w;
    }

    PlanBook book() {
        return book;
    }

    Bmcs bmcs() {
        return bmcs;
    }

    CapacityCheck capacity() {
        return capacity;
    }

    Clock clock() {
        return clock;
    }

    /**
     * A waiting power-on that undoes a power-down: the only kind a plan cancelled after approval still holds (its
     * power-down succeeded or was running when the plan was cancelled), run or cancelled by {@link Order}.
     */
    static boolean linkedPowerOn(PlanAction a) {
        return waiting(a) && a.undoes() != null;
    }

    static boolean waiting(PlanAction a) {
        return a.state() == ActionState.PENDING;
    }
}
