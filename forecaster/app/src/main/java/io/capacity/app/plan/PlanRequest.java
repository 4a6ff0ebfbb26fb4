package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Plan a site: its inventory YAML (fleet and costs), its demand, how far ahead and at what step, the demand model,
 * the schedule's rules and, optionally, a what-if question.
 *
 * @param inventory      the inventory YAML; null only in {@link #DEFAULTS}
 * @param demand         where the demand history comes from; null only in {@link #DEFAULTS}
 * @param model          the demand model, a name from the core's model catalogue
 * @param expectedLoad   rank hosts for power-off by watts per core at this load; null for the mean forecast over
 *                       the sized capacity
 * @param purchaseModel  the inventory model the buy advice orders; null for each cluster's most common
 */
public record PlanRequest(Path inventory, DemandSource demand, Duration horizon, Duration step, String model,
                          PlanRules rules, Double expectedLoad, String purchaseModel, WhatIfSpec whatIf) {
    public static final PlanRequest DEFAULTS = new PlanRequest(null, null, Duration.ofDays(7), Duration.ofHours(1),
            "auto", PlanRules.DEFAULTS, null, null, WhatIfSpec.NONE);

    public PlanRequest {
        if (rules == null) {
            rules = PlanRules.DEFAULTS;
        }
        if (step == null || step.isZero() || step.isNegative()) {
            throw RequestProblem.of("step", "duration must be positive, got '" + step + "'");
        }
        if (horizon == null || horizon.isZero() || horizon.isNegative()) {
            throw RequestProblem.of("horizon", "duration must be positive, got '" + horizon + "'");
        }
        if (model == null || model.isBlank()) {
            throw RequestProblem.of("model", "must be given");
        }
        if (whatIf == null) {
            whatIf = WhatIfSpec.NONE;
        }
    }

    /** Steps in the horizon. */
    public int steps() {
        return (int) (horizon.toSeconds() / step.toSeconds());
    }

    /** A day of steps (at least 1): the demand's season. */
    public int season() {
        return (int) Math.max(1, Duration.ofDays(1).toSeconds() / step.toSeconds());
    }

    public PlanRequest withInputs(Path inv, DemandSource d) {
        return new PlanRequest(inv, d, horizon, step, model, rules, expectedLoad, purchaseModel, whatIf);
    }

    public PlanRequest withGrid(Duration h, Duration s) {
        return new PlanRequest(inventory, demand, h, s, model, rules, expectedLoad, purchaseModel, whatIf);
    }

    public PlanRequest withModel(String m) {
        return new PlanRequest(inventory, demand, horizon, step, m, rules, expectedLoad, purchaseModel, whatIf);
    }

    public PlanRequest withRules(PlanRules r) {
        return new PlanRequest(inventory, demand, horizon, step, model, r, expectedLoad, purchaseModel, whatIf);
    }

    public PlanRequest withAdvice(Double load, String purchase) {
        return new PlanRequest(inventory, demand, horizon, step, model, rules, load, purchase, whatIf);
    }

    public PlanRequest withWhatIf(WhatIfSpec w) {
        return new PlanRequest(inventory, demand, horizon, step, model, rules, expectedLoad, purchaseModel, w);
    }
}
