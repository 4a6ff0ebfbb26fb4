package io.capacity.app.plan;

import io.capacity.app.DurationText;
import io.capacity.app.RequestProblem;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.sim.ReplayRules;
import java.time.Duration;
import java.util.Locale;

/**
 * The schedule's rules, the same for a plan and a replay; each is checked by the planner's own constructors, and a
 * refusal names its option.
 *
 * @param quantile         coverage in percent of the bound on peak demand kept under the target
 * @param targetUtil       highest planned utilisation of powered capacity
 * @param redundancy       N+K hosts
 * @param minOffTime       a host powered off stays off at least this long
 * @param maxTransitions   power-ons and power-offs per host in any 24 hours
 * @param efficientPacking power another host while that lowers the draw at the expected demand ({@code efficient}),
 *                         or only what the bound needs ({@code target})
 */
public record PlanRules(double quantile, double targetUtil, int redundancy, Duration minOffTime, int maxTransitions,
                        boolean efficientPacking) {
    /** The planner's own defaults ({@link PlanOptions#DEFAULTS}, which the replay's agree with). */
    public static final PlanRules DEFAULTS = new PlanRules(PlanOptions.DEFAULTS.upperLevel(),
            PlanOptions.DEFAULTS.targetUtilisation(), PlanOptions.DEFAULTS.redundancy(),
            PlanOptions.DEFAULTS.minOffTime(), PlanOptions.DEFAULTS.maxTransitionsPerDay(),
            PlanOptions.DEFAULTS.efficientPacking());

    public PlanRules {
        applyTo(PlanOptions.DEFAULTS, quantile, targetUtil, redundancy, minOffTime, maxTransitions);
    }

    /** {@code efficient} or {@code target}, any case. */
    public static boolean efficientPacking(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "efficient" -> true;
            case "target" -> false;
            default -> throw RequestProblem.of("packing", "expected efficient or target, got '" + text + "'");
        };
    }

    public PlanRules withEfficientPacking(boolean on) {
        return new PlanRules(quantile, targetUtil, redundancy, minOffTime, maxTransitions, on);
    }

    /** The packing as its option value. */
    public String packing() {
        return efficientPacking ? "efficient" : "target";
    }

    public PlanOptions applyTo(PlanOptions o) {
        return applyTo(o, quantile, targetUtil, redundancy, minOffTime, maxTransitions)
                .withEfficientPacking(efficientPacking);
    }

    /** The same rules for the replay, whose limits are the plan's. */
    public ReplayRules applyTo(ReplayRules r) {
        return r.withTarget(targetUtil, quantile).withHysteresis(redundancy, minOffTime, maxTransitions)
                .withEfficientPacking(efficientPacking);
    }

    private static PlanOptions applyTo(PlanOptions o, double quantile, double targetUtil, int redundancy,
                                       Duration minOffTime, int maxTransitions) {
        PlanOptions a = RequestProblem.with("quantile", quantile, () -> o.withUpperLevel(quantile));
        PlanOptions b = RequestProblem.with("target_util", targetUtil, () -> a.withTargetUtilisation(targetUtil));
        PlanOptions c = RequestProblem.with("redundancy", redundancy, () -> b.withRedundancy(redundancy));
        if (minOffTime == null) {
            throw RequestProblem.of("min_off_time", "must be given");
        }
        PlanOptions d = RequestProblem.with("min_off_time", DurationText.of(minOffTime),
                () -> c.withMinOffTime(minOffTime));
        return RequestProblem.with("max_transitions", maxTransitions, () -> d.withMaxTransitionsPerDay(maxTransitions));
    }
}
