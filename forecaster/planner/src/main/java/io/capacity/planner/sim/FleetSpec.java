package io.capacity.planner.sim;

import io.capacity.planner.power.PowerCatalogue;

import java.util.List;

/**
 * The simulated fleet: {@code hosts} identical servers, replayed once per power model.
 *
 * @param hosts        number of hosts
 * @param models       catalogue power models to report, e.g. an energy-proportional and an older one
 * @param pricePerHost purchase price, for the value of buying each host only when the plan first needed it
 */
public record FleetSpec(int hosts, List<String> models, double pricePerHost) {
    public FleetSpec {
        if (hosts < 2) {
            throw new IllegalArgumentException("a fleet needs at least 2 hosts, got " + hosts);
        }
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("name at least one power model, e.g. " + PowerCatalogue.MODERN);
        }
        for (String m : models) {
            if (PowerCatalogue.builtIn().find(m).isEmpty()) {
                throw new IllegalArgumentException("power model " + m + " is not in the catalogue: closest "
                        + String.join(" or ", PowerCatalogue.builtIn().closest(m)) + "; all: "
                        + String.join(", ", PowerCatalogue.builtIn().names()));
            }
        }
        if (!(pricePerHost >= 0)) {
            throw new IllegalArgumentException("the price per host must be at least 0, got " + pricePerHost);
        }
    }

    /** 100 hosts, a modern and an old power model, 9,000 per host. */
    public static FleetSpec both(int hosts) {
        return new FleetSpec(hosts, List.of(PowerCatalogue.MODERN, PowerCatalogue.OLD), 9000);
    }
}
