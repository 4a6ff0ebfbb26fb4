package io.capacity.app.actions.apply;

import io.capacity.app.RequestProblem;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The capacity check from the store's current data: the cluster's demand forecast again ({@link AssessCapacity}
 * with {@code request}'s model, band level, target utilisation and N+K), with the hosts to power down counted out
 * of its capacity. Refused when, in any dimension, usage is over the usable capacity already or the upper band
 * crosses it before {@code until}. Without an inventory nothing can be checked, so nothing is powered down.
 */
public final class StoredCapacityCheck implements CapacityCheck {
    private final AssessCapacity assess;
    private final Path inventory;
    private final CapacityRequest request;
    private final Clock clock;

    /** {@code request} gives the settings; its inventory and cluster are replaced per check. */
    public StoredCapacityCheck(AssessCapacity assess, Path inventory, CapacityRequest request, Clock clock) {
        this.assess = assess;
        this.inventory = inventory;
        this.request = request;
        this.clock = clock;
    }

    @Override
    public Optional<String> refuses(ActionPlan plan, Set<String> off, Instant until) {
        if (inventory == null) {
            return Optional.of("no inventory to check the cluster's capacity against (serve --inventory FILE)");
        }
        Duration step = request.step();
        Duration ahead = Duration.between(clock.instant(), until);
        long steps = Math.max(1, (ahead.toSeconds() + step.toSeconds() - 1) / step.toSeconds());
        CapacityRequest r = CapacityRequest.of(inventory, plan.cluster()).withWindow(request.history(), step,
                step.multipliedBy(steps)).withModel(request.model()).withTarget(request.targetUtil(), request.level(),
                request.redundancy());
        ClusterCapacity c;
        try {
            c = assess.run(r, off);
        } catch (IllegalArgumentException e) {
            return Optional.of("cannot check the cluster's capacity: " + (e instanceof RequestProblem p
                    ? p.render(k -> k) : e.getMessage()));
        }
        for (DimensionCapacity d : c.dimensions()) {
            String name = d.dimension().name().toLowerCase(Locale.ROOT);
            String usable = String.format(Locale.ROOT, "usable %.1f with N+%d at %.0f %% target", d.usable(),
                    request.redundancy(), request.targetUtil() * 100);
            if (d.headroom() < 0) {
                return Optional.of(String.format(Locale.ROOT, "with %s off, cluster %s's %s usage %.1f is over its %s",
                        new TreeSet<>(off), plan.cluster(), name, d.usage(), usable));
            }
            if (d.crossesAt() != null && d.crossesAt().isBefore(until)) {
                return Optional.of(String.format(Locale.ROOT, "with %s off, cluster %s's %s forecast (upper %.0f %%"
                        + " band) crosses its %s at %s, before %s", new TreeSet<>(off), plan.cluster(), name,
                        request.level(), usable, d.crossesAt(), until));
            }
        }
        return Optional.empty();
    }
}
