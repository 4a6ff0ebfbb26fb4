package io.capacity.planner;

import io.capacity.core.hint.Hints;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.model.PlanOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

/**
 * Whether the schedule may power a host more than the bound needs, to save energy: serving demand D on n hosts
 * draws n * P(D / n), which on a convex curve (an R640-class host does the most work per watt at 70 %) can fall
 * with one host more. The controller then compares the draw at the expected demand with and without the host, so
 * mixed clusters and N+k spares (which share the load while they run) are counted exactly. The replay measures the
 * rule (docs/planner.md); the plan uses the same one.
 */
final class Packing {
    private static final Logger LOG = LoggerFactory.getLogger(Packing.class);

    private Packing() {
    }

    /** True when allowed and some usable host does the most work per watt below the target (logged). */
    static boolean prefersEfficientLoad(String cluster, List<Host> hosts, PlanOptions o) {
        if (!o.efficientPacking()) {
            return false;
        }
        Host best = hosts.stream().filter(Host::usable)
                .min(Comparator.comparingDouble(h -> h.power().mostEfficientLoad())).orElse(null);
        if (best == null || best.power().mostEfficientLoad() >= o.targetUtilisation()) {
            return false;
        }
        LOG.info("cluster {}: {} ({}) does the most work per watt at {} % load, below the target {} %: the schedule"
                        + " powers another host while that lowers the draw at the mean CPU forecast; the {} % bound"
                        + " under the target stays the safety need. Override with "
                        + Hints.option("packing", "target"), cluster, best.id(), best.power().name(),
                Math.round(100 * best.power().mostEfficientLoad()), Math.round(100 * o.targetUtilisation()),
                o.upperLevel());
        return true;
    }
}
