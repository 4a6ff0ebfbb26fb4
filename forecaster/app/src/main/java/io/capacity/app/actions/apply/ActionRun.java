package io.capacity.app.actions.apply;

import io.capacity.app.DurationText;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.PlanAction;
import io.capacity.app.actions.RefusedTransition;
import io.capacity.collectors.power.control.Bmcs;
import io.capacity.collectors.power.control.PowerCommand;
import io.capacity.collectors.power.control.PowerControl;
import io.capacity.collectors.power.control.PowerState;
import io.capacity.collectors.source.CollectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One action of one apply: its preconditions, then (real run) the commands, the wait and the recorded outcome. */
final class ActionRun {
    private final ApplyPlan apply;
    private final ActionPlan plan;
    private final PlanAction action;
    private final boolean dry;
    private final String who;
    private final boolean now;
    private final List<String> commands = new ArrayList<>();

    /** {@code now}: run it even before its time (the operator named it). */
    ActionRun(ApplyPlan apply, ActionPlan plan, PlanAction action, boolean dry, String who, boolean now) {
        this.apply = apply;
        this.plan = plan;
        this.action = action;
        this.dry = dry;
        this.who = who;
        this.now = now;
    }

    ActionOutcome call() {
        if (!ApplyPlan.waiting(action)) {
            return outcome(Outcome.NOT_WAITING, "it is " + action.state().name().toLowerCase(Locale.ROOT)
                    + (action.note() == null ? "" : " (" + action.note() + ")"));
        }
        PowerCommand cmd = ApplyPlan.command(action.kind());
        if (cmd == null) {
            return outcome(Outcome.NOT_APPLICABLE, "apply carries out power actions only; a " + action.kind()
                    + " action is the operator's to do (skip it before approving, or cancel the plan)");
        }
        Optional<Order.Hold> hold = Order.of(plan, action, now, apply.clock().instant(),
                cmd == PowerCommand.GRACEFUL_SHUTDOWN);
        if (hold.isPresent()) {
            return hold.get().cancel() ? notRun(hold.get().why()) : due(Outcome.NOT_DUE, hold.get().why());
        }
        Map<String, Bmcs.Bmc> bmcs = new LinkedHashMap<>();
        for (String host : action.hosts()) {
            Optional<Bmcs.Bmc> b;
            try {
                b = apply.bmcs().of(host);
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            }
            if (b.isEmpty()) {
                return fail("host " + host + " has no BMC: no Redfish or IPMI target of the collectors' config has"
                        + " inventory.host " + host + " (or, without inventory.host, the name " + host + ")");
            }
            bmcs.put(host, b.get());
        }
        if (bmcs.isEmpty()) {
            return fail("the action names no host");
        }
        List<PowerControl> open = new ArrayList<>();
        try {
            for (Bmcs.Bmc b : bmcs.values()) {
                PowerControl c = b.open();
                open.add(c);
                commands.add(b.host() + ": " + c.describe(cmd));
            }
            return run(cmd, new ArrayList<>(bmcs.values()), open);
        } catch (CollectorException e) {
            return fail(e.getMessage());
        } finally {
            open.forEach(PowerControl::close);
        }
    }

    private ActionOutcome run(PowerCommand cmd, List<Bmcs.Bmc> bmcs, List<PowerControl> controls)
            throws CollectorException {
        Optional<String> refused = apply.planPrecondition(plan, action);
        if (refused.isPresent()) {
            return notRun(refused.get());
        }
        for (int i = 0; i < bmcs.size(); i++) {
            PowerState s;
            try {
                s = controls.get(i).state();
            } catch (CollectorException e) {
                return fail("cannot read host " + bmcs.get(i).host() + "'s power state: " + e.getMessage());
            }
            if (s != cmd.from()) {
                return notRun("host " + bmcs.get(i).host() + " is " + s.text() + " (BMC " + bmcs.get(i).target()
                        + "), a " + action.kind() + " expects it " + cmd.from().text());
            }
        }
        if (cmd == PowerCommand.GRACEFUL_SHUTDOWN) {
            refused = apply.capacity().refuses(plan, apply.windows(plan, action));
            if (refused.isPresent()) {
                return notRun(refused.get());
            }
        }
        if (dry) {
            return outcome(Outcome.WOULD_RUN, "preconditions hold: the plan is approved, each host is "
                    + cmd.from().text() + (cmd == PowerCommand.GRACEFUL_SHUTDOWN ? ", the cluster keeps its capacity"
                    + " without them" : "") + "; would send " + commands.size() + " command(s) and wait up to "
                    + DurationText.of(apply.settings().timeout()) + " for " + cmd.to().text());
        }
        try {
            apply.book().start(plan.id(), action.id(), who, "apply: " + String.join("; ", commands));
        } catch (RefusedTransition e) {
            return outcome(Outcome.NOT_WAITING, e.getMessage());
        }
        String result;
        boolean ok;
        try {
            for (PowerControl c : controls) {
                c.send(cmd);
            }
            Awaited a = await(cmd.to(), bmcs, controls);
            ok = a.reached();
            result = a.text();
        } catch (CollectorException | RuntimeException e) {
            ok = false;
            result = e.getMessage();
        }
        apply.book().finish(plan.id(), action.id(), ok, who, result);
        return outcome(ok ? Outcome.SUCCEEDED : Outcome.FAILED, result);
    }

    private record Awaited(boolean reached, String text) {
    }

    /** Polls every host's state until all are {@code to} or the timeout passes; the text says what was read last. */
    private Awaited await(PowerState to, List<Bmcs.Bmc> bmcs, List<PowerControl> controls) throws CollectorException {
        Duration timeout = apply.settings().timeout();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        PowerState[] seen = new PowerState[controls.size()];
        while (true) {
            boolean all = true;
            for (int i = 0; i < controls.size(); i++) {
                if (seen[i] != to) {
                    seen[i] = controls.get(i).state();
                }
                all &= seen[i] == to;
            }
            long now = System.nanoTime();
            if (all || now >= deadline) {
                String took = String.format(Locale.ROOT, "%.1f s", (now - start) / 1e9);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < seen.length; i++) {
                    parts.add(bmcs.get(i).host() + " " + seen[i].text());
                }
                return new Awaited(all, (all ? "" : "timed out after " + DurationText.of(timeout) + " waiting for "
                        + to.text() + ": ") + String.join(", ", parts) + ", read back from the BMC after " + took);
            }
            try {
                Thread.sleep(Math.min(apply.settings().poll().toMillis(), Math.max(1, (deadline - now) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + to.text() + " (the service is "
                        + "stopping)", e);
            }
        }
    }

    private ActionOutcome fail(String why) {
        if (dry) {
            return outcome(Outcome.WOULD_FAIL, why);
        }
        try {
            apply.book().start(plan.id(), action.id(), who, "apply");
        } catch (RefusedTransition e) {
            return outcome(Outcome.NOT_WAITING, e.getMessage());
        }
        apply.book().finish(plan.id(), action.id(), false, who, why);
        return outcome(Outcome.FAILED, why);
    }

    private ActionOutcome notRun(String why) {
        String reason = "precondition failed: " + why;
        if (dry) {
            return outcome(Outcome.WOULD_NOT_RUN, reason);
        }
        try {
            apply.book().withhold(plan.id(), action.id(), who, reason);
        } catch (RefusedTransition e) {
            return outcome(Outcome.NOT_WAITING, e.getMessage());
        }
        return outcome(Outcome.NOT_RUN, reason);
    }

    private ActionOutcome outcome(Outcome o, String why) {
        return new ActionOutcome(action.id(), action.kind(), o, why, commands, null);
    }

    /** Not run yet: the outcome says when the action is due. */
    private ActionOutcome due(Outcome o, String why) {
        return new ActionOutcome(action.id(), action.kind(), o, why, commands, action.at());
    }
}
