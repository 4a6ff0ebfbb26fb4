package io.capacity.service.cli;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.RawSeries;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareModel;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.scenario.Scenario;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code plan}'s what-if options. Any of them turns the run into the base plan next to the plan with the changes
 * applied (the same forecasts, recomputed needs, schedule, advice and costs), with the difference.
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

    /**
     * Checks every option against the inventory before any forecasting, so that a typo fails at once and names its
     * flag; the ranges are the core's own (the same constructors are called).
     */
    void check(HardwareInventory inv) {
        FlagChecks.check("--what-if-workload", workloadPercent,
                () -> Scenario.named("check").withWorkloadPercent(workloadPercent));
        FlagChecks.check("--what-if-tariff", tariff, () -> Tariff.flat(tariff));
        FlagChecks.check("--what-if-pue", pue, () -> CostSettings.DEFAULTS.withPue(pue));
        FlagChecks.check("--what-if-target-util", targetUtil,
                () -> PlanOptions.DEFAULTS.withTargetUtilisation(targetUtil));
        if (leadTime != null) {
            Durations.parse("--what-if-lead-time", leadTime);
        }
        if (bootTime != null) {
            Durations.parse("--what-if-boot-time", bootTime);
        }
        hostsToAdd(inv, LocalDate.EPOCH);
        if (!removeHosts.isEmpty()) {
            FlagChecks.check("--what-if-remove-hosts", String.join(",", removeHosts),
                    () -> inv.withoutHosts(Set.copyOf(removeHosts)));
        }
    }

    /** The scenario the options describe, named after them; empty when none is given. */
    Optional<Scenario> scenario(HardwareInventory inv, DemandForecasts demand, LocalDate purchased) {
        List<String> parts = new ArrayList<>();
        Scenario s = Scenario.named("what-if");
        if (workloadPercent != null) {
            s = s.withWorkloadPercent(workloadPercent);
            parts.add(String.format(Locale.ROOT, "workload %+.1f %%", workloadPercent));
        }
        if (extra != null) {
            for (RawSeries r : CsvSeriesReader.read(extra)) {
                DemandIds id = DemandIds.parse(extra, r.id());
                s = s.withExtraWorkload(id.cluster(), id.dimension(), aligned(r, id, demand));
            }
            parts.add("extra " + extra.getFileName());
        }
        if (!addHosts.isEmpty()) {
            s = s.withHostsAdded(hostsToAdd(inv, purchased));
            parts.add("add " + String.join(", ", addHosts));
        }
        if (!removeHosts.isEmpty()) {
            s = s.withHostsRemoved(Set.copyOf(removeHosts));
            parts.add("remove " + String.join(",", removeHosts));
        }
        if (tariff != null) {
            s = s.withTariff(Tariff.flat(tariff));
            parts.add("tariff " + tariff + "/kWh");
        }
        if (pue != null) {
            s = s.withPue(pue);
            parts.add("PUE " + pue);
        }
        if (leadTime != null) {
            s = s.withProcurementLead(Durations.parse("--what-if-lead-time", leadTime).toMinutes() / 1440.0);
            parts.add("procurement lead " + leadTime);
        }
        if (targetUtil != null) {
            s = s.withTargetUtilisation(targetUtil);
            parts.add("target " + targetUtil);
        }
        if (bootTime != null) {
            s = s.withBootTime(Durations.parse("--what-if-boot-time", bootTime));
            parts.add("boot " + bootTime);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(s.withName(String.join("; ", parts)));
    }

    /** The forecast an extra series is added to. */
    private Forecast grid(DemandIds id, DemandForecasts demand) {
        Forecast f = demand.byCluster().getOrDefault(id.cluster(), java.util.Map.of()).get(id.dimension());
        if (f == null) {
            throw new IllegalArgumentException("--what-if-extra " + extra + ": " + id.cluster() + ":"
                    + id.dimension().name().toLowerCase(Locale.ROOT) + " has no demand forecast to add to");
        }
        return f;
    }

    /** The file's series on the forecast's grid: the mean of its values in each step, 0 where it has none. */
    private double[] aligned(RawSeries r, DemandIds id, DemandForecasts demand) {
        Forecast f = grid(id, demand);
        TimeSeries s = r.resample(f.step(), Aggregation.MEAN);
        double[] out = new double[f.horizon()];
        int used = 0;
        for (int i = 0; i < s.size(); i++) {
            long k = Duration.between(f.start(), s.timeAt(i)).toMillis() / f.step().toMillis();
            if (!s.timeAt(i).isBefore(f.start()) && k < out.length && Double.isFinite(s.value(i))) {
                out[(int) k] = s.value(i);
                used++;
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("--what-if-extra " + extra + ": series " + r.id() + " has no value in"
                    + " the plan horizon " + f.start() + " .. " + f.timeAt(f.horizon() - 1));
        }
        return out;
    }

    private List<Host> hostsToAdd(HardwareInventory inv, LocalDate purchased) {
        Set<String> taken = new HashSet<>();
        inv.hosts().forEach(h -> taken.add(h.id()));
        List<Host> out = new ArrayList<>();
        for (String spec : new LinkedHashSet<>(addHosts)) {
            String[] p = spec.split(":", -1);
            if (p.length < 2 || p.length > 3) {
                throw bad(spec, "expected N:MODEL or N:MODEL:CLUSTER");
            }
            int n;
            try {
                n = Integer.parseInt(p[0].trim());
            } catch (NumberFormatException e) {
                throw bad(spec, "N must be a whole number of hosts, got '" + p[0] + "'");
            }
            if (n < 1) {
                throw bad(spec, "N must be at least 1, got " + n);
            }
            HardwareModel m = inv.models().get(p[1].trim());
            if (m == null) {
                throw bad(spec, "no model '" + p[1] + "' in the inventory; its models are "
                        + inv.models().keySet().stream().sorted().toList());
            }
            String cluster = p.length == 3 ? p[2].trim() : onlyCluster(inv, spec);
            if (inv.cluster(cluster).isEmpty()) {
                throw bad(spec, "no cluster '" + cluster + "' in the inventory; its clusters are "
                        + inv.clusters().stream().map(Cluster::id).toList());
            }
            for (int k = 1, made = 0; made < n; k++) {
                String id = "what-if-" + m.name() + "-" + k;
                if (taken.add(id)) {
                    out.add(m.host(id, cluster, purchased, HostState.ON));
                    made++;
                }
            }
        }
        return out;
    }

    private static String onlyCluster(HardwareInventory inv, String spec) {
        if (inv.clusters().size() != 1) {
            throw bad(spec, "the inventory has " + inv.clusters().size() + " clusters "
                    + inv.clusters().stream().map(Cluster::id).toList() + "; name one as N:MODEL:CLUSTER");
        }
        return inv.clusters().get(0).id();
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("--what-if-add-hosts '" + spec + "': " + why);
    }
}
