package io.capacity.app.actions;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded transition.
 *
 * @param planId   the plan
 * @param actionId the action, or null for the plan itself
 * @param at       when
 * @param who      who made it: the caller's name, or {@code planner} / {@code clock} for automatic ones
 * @param why      the reason given; null when none was
 * @param from     the state before, in lower case; null when the plan was recorded
 * @param to       the state after, in lower case
 */
public record AuditEntry(long planId, Integer actionId, Instant at, String who, String why, String from, String to) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(to, "to");
    }
}
