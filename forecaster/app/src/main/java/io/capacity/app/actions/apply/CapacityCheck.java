package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Whether the cluster can do without some hosts until a time, judged from current data just before a power-down. */
@FunctionalInterface
public interface CapacityCheck {
    /** Why powering {@code off} down now would leave {@code plan}'s cluster short before {@code until}; empty: it fits. */
    Optional<String> refuses(ActionPlan plan, Set<String> off, Instant until);
}
