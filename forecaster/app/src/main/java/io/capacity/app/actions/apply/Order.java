package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.PlanAction;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a waiting power action's turn has come in its plan's order, before anything is read from a BMC: a
 * power-on waits for the power-down it undoes and is cancelled when that one did not succeed (this plan never
 * powers on a host it did not power off); an action waits for its {@code at} unless named; a power-down whose
 * power-on is already due is cancelled as missed unless named.
 */
final class Order {
    private Order() {
    }

    /**
     * Why the action does not run now.
     *
     * @param cancel true: the action is cancelled (a precondition that will not come true); false: it waits
     * @param why    the reason, in one line
     */
    record Hold(boolean cancel, String why) {
    }

    static Optional<Hold> of(ActionPlan plan, PlanAction action, boolean named, Instant now, boolean powerDown) {
        String hosts = String.join(", ", action.hosts());
        if (action.undoes() != null) {
            PlanAction down = plan.action(action.undoes());
            if (down.state() == ActionState.PENDING || down.state() == ActionState.ONGOING) {
                return Optional.of(new Hold(false, "it brings " + hosts + " back from action " + down.id()
                        + ", which has not run" + (action.at() == null ? "" : "; it is due at " + action.at())));
            }
            if (down.state() != ActionState.SUCCEEDED) {
                return Optional.of(new Hold(true, "its power-down, action " + down.id() + ", "
                        + (down.state() == ActionState.FAILED ? "failed" : "was " + down.state().name()
                        .toLowerCase(Locale.ROOT)) + ", so this plan did not power " + hosts + " off and does not"
                        + " power it on"));
            }
        }
        if (named) {
            return Optional.empty();
        }
        if (action.at() != null && action.at().isAfter(now)) {
            return Optional.of(new Hold(false, "it is due at " + action.at() + ": apply again then, or name it to run"
                    + " it now (action " + action.id() + ")"));
        }
        if (powerDown) {
            Optional<PlanAction> back = plan.actions().stream().filter(b -> b.undoes() != null
                    && b.undoes() == action.id() && b.state() == ActionState.PENDING && b.at() != null
                    && !b.at().isAfter(now)).findFirst();
            if (back.isPresent()) {
                return Optional.of(new Hold(true, "missed: it was due at " + action.at() + ", and action "
                        + back.get().id() + " powers " + hosts + " on again at " + back.get().at() + ", already past"));
            }
        }
        return Optional.empty();
    }
}
