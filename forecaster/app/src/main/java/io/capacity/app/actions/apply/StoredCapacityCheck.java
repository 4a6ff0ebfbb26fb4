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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The capacity check from the store's current data: the cluster's demand forecast again ({@link AssessCapacity}
 * with {@code request}'s model, band level, target utilisation and N+K), once, with each window's hosts counted out
 * of its capacity. Refused when, in any dimension, usage is over the usable capacity already with every host of the
 * first window off, or the upper band crosses a window's usable capacity before that window ends. Without an
 * inventory nothing can be checked, so nothing is powered down.
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
    public Optional<String> refuses(ActionPlan plan, List<OffWindows.Window> windows) {
        if (inventory == null) {
            return Optional.of("no inventory to check the cluster's capacity against (serve --inventory FILE)");
        }
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        Duration step = request.step();
        Instant last = windows.get(windows.size() - 1).until();
        Duration ahead = Duration.between(clock.instant(), last);
        long steps = Math.max(1, (ahead.toSeconds() + step.toSeconds() - 1) / step.toSeconds());
        CapacityRequest r = CapacityRequest.of(inventory, plan.cluster()).withWindow(request.history(), step,
                step.multipliedBy(steps)).withModel(request.model()).withTarget(request.targetUtil(), request.level(),
                request.redundancy());
        List<ClusterCapacity> all;
        try {
            all = assess.run(r, windows.stream().map(OffWindows.Window::off).toList());
        } catch (IllegalArgumentException e) {
            return Optional.of("cannot check the cluster's capacity: " + (e instanceof RequestProblem p
                    ? p.render(k -> k) : e.getMessage()));
        }
        for (int i = 0; i < windows.size(); i++) {
            Optional<String> shortfall = refuses(plan, windows.get(i), all.get(i), i == 0);
            if (shortfall.isPresent()) {
                return shortfall;
            }
        }
        return Optional.empty();
    }

    private Optional<String> refuses(ActionPlan plan, OffWindows.Window w, ClusterCapacity c, boolean now) {
        for (DimensionCapacity d : c.dimensions()) {
            String name = d.dimension().name().toLowerCase(Locale.ROOT);
            String usable = String.format(Locale.ROOT, "usable %.1f with N+%d at %.0f %% target", d.usable(),
                    request.redundancy(), request.targetUtil() * 100);
            if (now && d.headroom() < 0) {
                return Optional.of(String.format(Locale.ROOT, "with %s off, cluster %s's %s usage %.1f is over its %s",
                        w.hosts(), plan.cluster(), name, d.usage(), usable));
            }
            if (d.crossesAt() != null && d.crossesAt().isBefore(w.until())) {
                return Optional.of(String.format(Locale.ROOT, "with %s off, cluster %s's %s forecast (upper %.0f %%"
                        + " band) crosses its %s at %s, before %s", w.hosts(), plan.cluster(), name,
                        request.level(), usable, d.crossesAt(), w.until()));
            }
        }
        return Optional.empty();
    }
}
