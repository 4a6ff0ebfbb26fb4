package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import java.util.List;
import java.util.Optional;

/**
 * Whether the cluster can do without some hosts for a while, judged from current data just before a power-down.
 */
@FunctionalInterface
public interface CapacityCheck {
    /**
     * Why {@code plan}'s cluster would fall short with the hosts of each window off until its end; empty: it fits.
     * The windows are those of {@link OffWindows}: nested, the first with every host off now, each later one with
     * fewer hosts until a later time.
     */
    Optional<String> refuses(ActionPlan plan, List<OffWindows.Window> windows);
}
