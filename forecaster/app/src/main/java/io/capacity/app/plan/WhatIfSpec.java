package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.scenario.Scenario;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.RawSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The changes of a what-if question, each null (or empty) when not asked; with any of them a plan becomes the base
 * plan next to the plan with the changes applied (the same forecasts, recomputed needs, schedule, advice and costs).
 *
 * @param workloadPercent every demand forecast (mean and bounds) changed by this many percent
 * @param extra           a demand CSV ({@code CLUSTER:cpu|memory|bandwidth} ids) added to the forecasts
 * @param addHosts        {@code N:MODEL[:CLUSTER]} hosts joining, powered on
 * @param removeHosts     host ids leaving the inventory
 * @param tariff          flat energy price per kWh instead of the inventory's
 * @param pue             PUE instead of the inventory's
 * @param leadTime        procurement lead time instead of the inventory's
 * @param targetUtil      target utilisation instead of the rules'
 * @param bootTime        every host's boot time
 * @param extraSeries     workload added as series given in memory (ids {@code CLUSTER:cpu|memory|bandwidth}), as
 *                        {@code extra} would add a file's; empty when not asked. At most one of the two.
 */
public record WhatIfSpec(Double workloadPercent, Path extra, List<String> addHosts, List<String> removeHosts,
                         Double tariff, Double pue, Duration leadTime, Double targetUtil, Duration bootTime,
                         List<RawSeries> extraSeries) {
    /** No change: a plain plan. */
    public static final WhatIfSpec NONE = new WhatIfSpec(null, null, List.of(), List.of(), null, null, null, null,
            null);

    /** Each value checked by the planner's own constructors, so a typo fails before any forecasting. */
    public WhatIfSpec {
        addHosts = List.copyOf(addHosts == null ? List.of() : addHosts);
        removeHosts = List.copyOf(removeHosts == null ? List.of() : removeHosts);
        RequestProblem.check("what_if_workload", workloadPercent,
                () -> Scenario.named("check").withWorkloadPercent(workloadPercent));
        RequestProblem.check("what_if_tariff", tariff, () -> Tariff.flat(tariff));
        RequestProblem.check("what_if_pue", pue, () -> CostSettings.DEFAULTS.withPue(pue));
        RequestProblem.check("what_if_target_util", targetUtil,
                () -> PlanOptions.DEFAULTS.withTargetUtilisation(targetUtil));
        positive("what_if_lead_time", leadTime);
        positive("what_if_boot_time", bootTime);
        extraSeries = List.copyOf(extraSeries == null ? List.of() : extraSeries);
        if (extra != null && !extraSeries.isEmpty()) {
            throw RequestProblem.of("what_if_extra", "give a file or series, not both");
        }
    }

    /** The changes with no extra series (the command line's: a file, if any). */
    public WhatIfSpec(Double workloadPercent, Path extra, List<String> addHosts, List<String> removeHosts,
                      Double tariff, Double pue, Duration leadTime, Double targetUtil, Duration bootTime) {
        this(workloadPercent, extra, addHosts, removeHosts, tariff, pue, leadTime, targetUtil, bootTime, List.of());
    }

    /** Whether workload is added, from a file or from series. */
    public boolean hasExtra() {
        return extra != null || !extraSeries.isEmpty();
    }

    /** The workload added: the file's series, or those given. */
    public List<RawSeries> extraDemand() {
        return extra != null ? CsvSeriesReader.read(extra) : extraSeries;
    }

    /** How messages name the added workload: the file, or {@code extra demand}. */
    public String extraName() {
        return extra != null ? extra.toString() : "extra demand";
    }

    /** Whether any change is asked. */
    public boolean any() {
        return !equals(NONE);
    }

    private static void positive(String key, Duration d) {
        if (d != null && (d.isZero() || d.isNegative())) {
            throw RequestProblem.of(key, "duration must be positive, got '" + d + "'");
        }
    }
}
