package io.capacity.service.cli;

import io.capacity.app.plan.PlanRules;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The schedule's rules, one set of flags for {@code plan} and {@code simulate} so both take the same names and
 * defaults: those of {@link PlanRules#DEFAULTS} (see {@link CliDefaults}).
 */
final class RuleOptions {
    @Option(names = "--quantile", paramLabel = "L",
            description = "Coverage in percent of the bound on peak demand kept under the target"
                    + " (default: ${DEFAULT-VALUE}).")
    double quantile;

    @Option(names = "--target-util", paramLabel = "U",
            description = "Highest planned utilisation of powered capacity (default: ${DEFAULT-VALUE}).")
    double targetUtil;

    @Option(names = "--redundancy", paramLabel = "K",
            description = "N+K hosts (default: ${DEFAULT-VALUE}).")
    int redundancy;

    @Option(names = "--min-off-time", paramLabel = "DURATION",
            description = "A host powered off stays off at least this long (default: ${DEFAULT-VALUE}).")
    String minOffTime;

    @Option(names = "--max-transitions", paramLabel = "N",
            description = "Power-ons and power-offs per host in any 24 hours, at least 2"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxTransitions;

    @Option(names = "--packing", paramLabel = "efficient|target",
            description = "efficient: power another host while that lowers the draw at the expected demand (hosts"
                    + " whose most efficient load is below the target, e.g. an R640 at 70 %%); target: only what"
                    + " the bound under the target needs (default: ${DEFAULT-VALUE}).")
    String packing;

    /** The rules, each checked before any forecasting, so a bad value fails at once, naming its flag. */
    PlanRules rules() {
        Duration off = Durations.parse("--min-off-time", minOffTime);
        PlanRules r = new PlanRules(quantile, targetUtil, redundancy, off, maxTransitions, true);
        return r.withEfficientPacking(PlanRules.efficientPacking(packing));
    }
}
