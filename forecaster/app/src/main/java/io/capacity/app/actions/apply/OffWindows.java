package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.ActionState;
import io.capacity.app.actions.PlanAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which hosts will be off, and until when, once a power-down has run: its own host, and every host this plan has
 * already powered down (a power-down that succeeded, read back off) and not yet powered on again. Each host is off
 * until the plan's waiting power-on that undoes its power-down is due (not before now), or, when none will (none in
 * the plan, skipped, or cancelled), until {@code limit}. The capacity check needs the cluster to carry the upper band
 * through each window: every host off until the first comes back, the rest until the next, and so on.
 */
public final class OffWindows {
    private static final String POWER_DOWN = "power_down";

    private OffWindows() {
    }

    /**
     * Hosts off from now until {@code until}.
     *
     * @param off   hosts, sorted
     * @param until end of the window
     */
    public record Window(Set<String> off, Instant until) {
        public Window {
            off = Set.copyOf(off);
            Objects.requireNonNull(until, "until");
        }

        /** The hosts in name order, for messages. */
        public List<String> hosts() {
            return List.copyOf(new TreeSet<>(off));
        }
    }

    /** The windows once {@code a} (a waiting power-down of {@code p}) runs at {@code now}; none past {@code limit}. */
    static List<Window> of(ActionPlan p, PlanAction a, Instant now, Instant limit) {
        Map<String, Instant> back = new LinkedHashMap<>();
        for (PlanAction d : p.actions()) {
            if (POWER_DOWN.equals(d.kind()) && (d.id() == a.id() || d.state() == ActionState.SUCCEEDED)) {
                Instant until = comesBack(p, d, now, limit);
                if (until != null) {
                    d.hosts().forEach(h -> back.merge(h, until, (x, y) -> x.isAfter(y) ? x : y));
                }
            }
        }
        TreeSet<Instant> ends = new TreeSet<>(back.values());
        List<Window> out = new ArrayList<>();
        for (Instant end : ends) {
            Set<String> off = new TreeSet<>();
            back.forEach((h, t) -> {
                if (!t.isBefore(end)) {
                    off.add(h);
                }
            });
            out.add(new Window(off, end));
        }
        return out;
    }

    /**
     * Until when power-down {@code d}'s host stays off: its undoing power-on's time while that waits (not before
     * {@code now}, not after {@code limit}), {@code limit} when no power-on will bring it back, null when the power-on
     * already succeeded (the host is on again).
     */
    private static Instant comesBack(ActionPlan p, PlanAction d, Instant now, Instant limit) {
        for (PlanAction on : p.actions()) {
            if (on.undoes() != null && on.undoes() == d.id()) {
                if (on.state() == ActionState.SUCCEEDED) {
                    return null;
                }
                if (on.state() == ActionState.PENDING || on.state() == ActionState.ONGOING) {
                    Instant t = on.at() == null ? limit : on.at();
                    return t.isBefore(now) ? now : t.isAfter(limit) ? limit : t;
                }
            }
        }
        return limit;
    }
}
