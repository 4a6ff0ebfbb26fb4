package io.capacity.service.cli;

import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.sim.ReplayRules;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The schedule's rules, one set of flags for {@code plan} and {@code simulate} so both take the same names and
 * defaults (those of {@link PlanOptions#DEFAULTS} and {@link ReplayRules#DEFAULTS}, which agree).
 */
final class RuleOptions {
    @Option(names = "--quantile", defaultValue = "95", paramLabel = "L",
            description = "Coverage in percent of the bound on peak demand kept under the target"
                    + " (default: ${DEFAULT-VALUE}).")
    double quantile;

    @Option(names = "--target-util", defaultValue = "0.8", paramLabel = "U",
            description = "Highest planned utilisation of powered capacity (default: ${DEFAULT-VALUE}).")
    double targetUtil;

    @Option(names = "--redundancy", defaultValue = "1", paramLabel = "K",
            description = "N+K hosts (default: ${DEFAULT-VALUE}).")
    int redundancy;

    @Option(names = "--min-off-time", defaultValue = "1h", paramLabel = "DURATION",
            description = "A host powered off stays off at least this long (default: ${DEFAULT-VALUE}).")
    String minOffTime;

    @Option(names = "--max-transitions", defaultValue = "4", paramLabel = "N",
            description = "Power-ons and power-offs per host in any 24 hours, at least 2"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxTransitions;

    @Option(names = "--packing", defaultValue = "efficient", paramLabel = "efficient|target",
            description = "efficient: power another host while that lowers the draw at the expected demand (hosts"
                    + " whose most efficient load is below the target, e.g. an R640 at 70 %%); target: only what"
                    + " the bound under the target needs (default: ${DEFAULT-VALUE}).")
    String packing;

    /** Every rule checked before any forecasting, so a bad value fails at once, naming its flag. */
    void check() {
        applyTo(PlanOptions.DEFAULTS);
    }

    PlanOptions applyTo(PlanOptions o) {
        PlanOptions a = FlagChecks.with("--quantile", quantile, () -> o.withUpperLevel(quantile));
        PlanOptions b = FlagChecks.with("--target-util", targetUtil, () -> a.withTargetUtilisation(targetUtil));
        PlanOptions c = FlagChecks.with("--redundancy", redundancy, () -> b.withRedundancy(redundancy));
        Duration off = Durations.parse("--min-off-time", minOffTime);
        PlanOptions d = FlagChecks.with("--min-off-time", minOffTime, () -> c.withMinOffTime(off));
        PlanOptions e = FlagChecks.with("--max-transitions", maxTransitions,
                () -> d.withMaxTransitionsPerDay(maxTransitions));
        return e.withEfficientPacking(efficient());
    }

    /** The same rules for the replay; they are checked against the plan's, whose limits are the same. */
    ReplayRules applyTo(ReplayRules r) {
        check();
        return r.withTarget(targetUtil, quantile)
                .withHysteresis(redundancy, Durations.parse("--min-off-time", minOffTime), maxTransitions)
                .withEfficientPacking(efficient());
    }

    boolean efficient() {
        return switch (packing.trim().toLowerCase(Locale.ROOT)) {
            case "efficient" -> true;
            case "target" -> false;
            default -> throw new UsageError("--packing: expected efficient or target, got '" + packing
                    + "'");
        };
    }
}
