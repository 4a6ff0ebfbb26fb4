package io.capacity.service.cli;

import io.capacity.app.plan.WhatIfSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code plan}'s what-if options, the flags of {@link WhatIfSpec}. Any of them turns the run into the base plan next
 * to the plan with the changes applied (the same forecasts, recomputed needs, schedule, advice and costs), with the
 * difference.
 */
public final class WhatIfOptions {
    @Option(names = "--what-if-workload", paramLabel = "PCT",
            description = "What if every demand forecast (mean and bounds) changed by PCT percent, e.g. 20 or -15.")
    Double workloadPercent;

    @Option(names = "--what-if-extra", paramLabel = "FILE",
            description = "What if this workload were added (negative values: removed): a CSV like --demand"
                    + " (series_id CLUSTER:cpu|memory|bandwidth, timestamp, value), averaged to the plan step; steps of"
                    + " the horizon it does not cover add nothing.")
    Path extra;

    @Option(names = "--what-if-add-hosts", paramLabel = "N:MODEL[:CLUSTER]",
            description = "What if N hosts of an inventory model joined CLUSTER (may be left out when there is one"
                    + " cluster), powered on. Repeatable.")
    List<String> addHosts = new ArrayList<>();

    @Option(names = "--what-if-remove-hosts", split = ",", paramLabel = "ID",
            description = "What if these hosts left the inventory.")
    List<String> removeHosts = new ArrayList<>();

    @Option(names = "--what-if-tariff", paramLabel = "PRICE",
            description = "What if energy cost PRICE per kWh, flat, instead of the inventory's costs.tariff.")
    Double tariff;

    @Option(names = "--what-if-pue", paramLabel = "X",
            description = "What if the PUE were X instead of the inventory's costs.pue.")
    Double pue;

    @Option(names = "--what-if-lead-time", paramLabel = "DURATION",
            description = "What if procurement took DURATION (e.g. 90d) instead of the inventory's"
                    + " costs.procurement_lead_time (default 42d).")
    String leadTime;

    @Option(names = "--what-if-target-util", paramLabel = "U", description = "What if the target utilisation were U.")
    Double targetUtil;

    @Option(names = "--what-if-boot-time", paramLabel = "DURATION",
            description = "What if every host took DURATION to boot.")
    String bootTime;

    /** The question these flags ask; each value is checked on its own here, against the inventory by the use case. */
    WhatIfSpec spec() {
        Duration lead = leadTime == null ? null : Durations.parse("--what-if-lead-time", leadTime);
        Duration boot = bootTime == null ? null : Durations.parse("--what-if-boot-time", bootTime);
        return new WhatIfSpec(workloadPercent, extra, addHosts, removeHosts, tariff, pue, lead, targetUtil, boot);
    }
}
