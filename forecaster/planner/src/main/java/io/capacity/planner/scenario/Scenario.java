package io.capacity.planner.scenario;

import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.PlanInputs;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HardwareInventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable what-if: changes applied to plan inputs. Null fields leave the input as it was.
 *
 * @param name              label in reports
 * @param workloadFactor    demand multiplier (1.2 = +20 %), applied to mean and bounds of every forecast
 * @param extraWorkload     series added to one cluster's forecast of one dimension each (length = horizon)
 * @param addHosts          hosts added to the inventory
 * @param removeHosts       host ids removed from the inventory
 * @param tariff            replacement electricity tariff
 * @param pue               replacement PUE
 * @param procurementLead   replacement procurement lead time in days
 * @param targetUtilisation replacement target utilisation
 * @param bootTime          replacement boot time for every host
 */
public record Scenario(String name, double workloadFactor, List<ExtraWorkload> extraWorkload,
                       List<Host> addHosts, Set<String> removeHosts, Tariff tariff, Double pue,
                       Double procurementLead, Double targetUtilisation, Duration bootTime) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        if (!(workloadFactor >= 0) || !Double.isFinite(workloadFactor)) {
            throw new IllegalArgumentException("the workload factor must be at least 0, got " + workloadFactor);
        }
        extraWorkload = List.copyOf(extraWorkload);
        addHosts = List.copyOf(addHosts);
        removeHosts = Set.copyOf(removeHosts);
    }

    public static Scenario named(String name) {
        return new Scenario(name, 1, List.of(), List.of(), Set.of(), null, null, null, null, null);
    }

    public Scenario withName(String label) {
        return new Scenario(label, workloadFactor, extraWorkload, addHosts, removeHosts, tariff, pue, procurementLead,
                targetUtilisation, bootTime);
    }

    public Scenario withWorkloadPercent(double percent) {
        if (!(percent >= -100) || !Double.isFinite(percent)) {
            throw new IllegalArgumentException("a workload change must be at least -100 % (none left), got " + percent
                    + " %");
        }
        return new Scenario(name, 1 + percent / 100, extraWorkload, addHosts, removeHosts, tariff, pue,
                procurementLead, targetUtilisation, bootTime);
    }

    /** Adds {@code series} (one value per forecast step; negative removes) to {@code cluster}'s forecast of {@code d}. */
    public Scenario withExtraWorkload(String cluster, Dimension d, double[] series) {
        List<ExtraWorkload> all = new ArrayList<>(extraWorkload);
        all.add(new ExtraWorkload(cluster, d, series));
        return new Scenario(name, workloadFactor, all, addHosts, removeHosts, tariff, pue, procurementLead,
                targetUtilisation, bootTime);
    }

    public Scenario withHostsAdded(List<Host> hosts) {
        return new Scenario(name, workloadFactor, extraWorkload, hosts, removeHosts, tariff, pue, procurementLead,
                targetUtilisation, bootTime);
    }

    public Scenario withHostsRemoved(Set<String> ids) {
        return new Scenario(name, workloadFactor, extraWorkload, addHosts, ids, tariff, pue, procurementLead,
                targetUtilisation, bootTime);
    }

    public Scenario withTariff(Tariff t) {
        return new Scenario(name, workloadFactor, extraWorkload, addHosts, removeHosts, t, pue, procurementLead,
                targetUtilisation, bootTime);
    }

    public Scenario withPue(double p) {
        return new Scenario(name, workloadFactor, extraWorkload, addHosts, removeHosts, tariff, p, procurementLead,
                targetUtilisation, bootTime);
    }

    public Scenario withProcurementLead(double days) {
        return new Scenario(name, workloadFactor, extraWorkload, addHosts, removeHosts, tariff, pue, days,
                targetUtilisation, bootTime);
    }

    public Scenario withTargetUtilisation(double u) {
        return new Scenario(name, workloadFactor, extraWorkload, addHosts, removeHosts, tariff, pue,
                procurementLead, u, bootTime);
    }

    public Scenario withBootTime(Duration d) {
        return new Scenario(name, workloadFactor, extraWorkload, addHosts, removeHosts, tariff, pue,
                procurementLead, targetUtilisation, d);
    }

    /** The inputs with every change of this scenario applied; the given inputs are not modified. */
    public PlanInputs apply(PlanInputs in) {
        HardwareInventory inv = in.inventory();
        if (!removeHosts.isEmpty()) {
            inv = inv.withoutHosts(removeHosts);
        }
        if (!addHosts.isEmpty()) {
            inv = inv.withHosts(addHosts);
        }
        if (bootTime != null) {
            inv = new HardwareInventory(inv.currency(), inv.models(), inv.hosts().stream().map(h -> new Host(h.id(),
                    h.cluster(), h.model(), h.cores(), h.memoryGb(), h.nicGbps(), h.power(), h.price(),
                    h.purchased(), h.lifetimeYears(), h.state(), bootTime, h.maintenancePerMonth())).toList(),
                    inv.clusters());
        }
        CostSettings c = in.options().costs();
        c = tariff == null ? c : c.withTariff(tariff);
        c = pue == null ? c : c.withPue(pue);
        c = procurementLead == null ? c : c.withProcurementLead(procurementLead);
        var options = in.options().withCosts(c);
        options = targetUtilisation == null ? options : options.withTargetUtilisation(targetUtilisation);
        return new PlanInputs(inv, Workload.apply(in.demand(), workloadFactor, extraWorkload), options);
    }
}
