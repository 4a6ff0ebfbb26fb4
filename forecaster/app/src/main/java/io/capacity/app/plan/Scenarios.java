package io.capacity.app.plan;

import io.capacity.app.DurationText;
import io.capacity.app.RequestProblem;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareModel;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.scenario.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a {@link WhatIfSpec} into the planner's {@link Scenario}, named after the changes. */
final class Scenarios {
    private Scenarios() {
    }

    /** Checks the hosts to add and remove against the inventory, before any forecasting. */
    static void check(WhatIfSpec w, HardwareInventory inv) {
        hostsToAdd(w, inv, LocalDate.EPOCH);
        if (!w.removeHosts().isEmpty()) {
            RequestProblem.check("what_if_remove_hosts", String.join(",", w.removeHosts()),
                    () -> inv.withoutHosts(Set.copyOf(w.removeHosts())));
        }
    }

    /** The scenario, empty when nothing changes; hosts added count as bought on {@code purchased}. */
    static Optional<Scenario> of(WhatIfSpec w, HardwareInventory inv, DemandForecasts demand, LocalDate purchased) {
        List<String> parts = new ArrayList<>();
        Scenario s = Scenario.named("what-if");
        if (w.workloadPercent() != null) {
            s = s.withWorkloadPercent(w.workloadPercent());
            parts.add(String.format(Locale.ROOT, "workload %+.1f %%", w.workloadPercent()));
        }
        if (w.hasExtra()) {
            for (RawSeries r : w.extraDemand()) {
                DemandIds id = DemandIds.parse(Path.of(w.extraName()), r.id());
                s = s.withExtraWorkload(id.cluster(), id.dimension(), aligned(w, r, id, demand));
            }
            parts.add(w.extra() != null ? "extra " + w.extra().getFileName() : w.extraName() + " "
                    + String.join(",", w.extraSeries().stream().map(RawSeries::id).toList()));
        }
        if (!w.addHosts().isEmpty()) {
            s = s.withHostsAdded(hostsToAdd(w, inv, purchased));
            parts.add("add " + String.join(", ", w.addHosts()));
        }
        if (!w.removeHosts().isEmpty()) {
            s = s.withHostsRemoved(Set.copyOf(w.removeHosts()));
            parts.add("remove " + String.join(",", w.removeHosts()));
        }
        if (w.tariff() != null) {
            s = s.withTariff(Tariff.flat(w.tariff()));
            parts.add("tariff " + w.tariff() + "/kWh");
        }
        if (w.pue() != null) {
            s = s.withPue(w.pue());
            parts.add("PUE " + w.pue());
        }
        if (w.leadTime() != null) {
            s = s.withProcurementLead(w.leadTime().toMinutes() / 1440.0);
            parts.add("procurement lead " + DurationText.of(w.leadTime()));
        }
        if (w.targetUtil() != null) {
            s = s.withTargetUtilisation(w.targetUtil());
            parts.add("target " + w.targetUtil());
        }
        if (w.bootTime() != null) {
            s = s.withBootTime(w.bootTime());
            parts.add("boot " + DurationText.of(w.bootTime()));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(s.withName(String.join("; ", parts)));
    }

    /** The file's series on the forecast's grid: the mean of its values in each step, 0 where it has none. */
    private static double[] aligned(WhatIfSpec w, RawSeries r, DemandIds id, DemandForecasts demand) {
        Forecast f = demand.byCluster().getOrDefault(id.cluster(), Map.of()).get(id.dimension());
        if (f == null) {
            throw RequestProblem.text("{what_if_extra} " + w.extraName() + ": " + id.cluster() + ":"
                    + id.dimension().name().toLowerCase(Locale.ROOT) + " has no demand forecast to add to", false);
        }
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
            throw RequestProblem.text("{what_if_extra} " + w.extraName() + ": series " + r.id() + " has no value in"
                    + " the plan horizon " + f.start() + " .. " + f.timeAt(f.horizon() - 1), false);
        }
        return out;
    }

    private static List<Host> hostsToAdd(WhatIfSpec w, HardwareInventory inv, LocalDate purchased) {
        Set<String> taken = new HashSet<>();
        inv.hosts().forEach(h -> taken.add(h.id()));
        List<Host> out = new ArrayList<>();
        for (String spec : new LinkedHashSet<>(w.addHosts())) {
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

    private static RequestProblem bad(String spec, String why) {
        return RequestProblem.text("{what_if_add_hosts} '" + spec + "': " + why, false);
    }
}
