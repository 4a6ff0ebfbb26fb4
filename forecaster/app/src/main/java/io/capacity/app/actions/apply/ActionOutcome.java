package io.capacity.app.actions.apply;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One action's outcome.
 *
 * @param actionId the action
 * @param kind     its kind (power_down, power_on, ...)
 * @param outcome  what happened, or would
 * @param reason   why, in one line
 * @param commands the command per host (sent, or that would be)
 * @param dueAt    when an action left waiting ({@link Outcome#NOT_DUE}) is due; null otherwise, or when it has no time
 */
public record ActionOutcome(int actionId, String kind, Outcome outcome, String reason, List<String> commands,
                            Instant dueAt) {
    public ActionOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        commands = List.copyOf(commands);
    }
}
