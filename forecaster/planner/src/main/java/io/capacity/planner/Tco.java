package io.capacity.planner;

import io.capacity.planner.cost.CostLine;
import io.capacity.planner.cost.Costs;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.Uplink;
import io.capacity.planner.json.Json;
import io.capacity.planner.recommend.Situation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The fixed part of TCO over the horizon: capex and maintenance per hardware model, bandwidth per uplink. */
final class Tco {
    private Tco() {
    }

    static List<CostLine> lines(Situation s, double[] bandwidthMean) {
        String cur = s.currency();
        double days = s.days();
        LocalDate from = LocalDate.ofInstant(s.options().clock().instant(), ZoneOffset.UTC);
        List<CostLine> out = new ArrayList<>();
        Map<String, List<Host>> byModel = s.inventory().hostsIn(s.cluster().id()).stream()
                .collect(Collectors.groupingBy(Host::model, TreeMap::new, Collectors.toList()));
        byModel.forEach((model, hosts) -> {
            double capex = 0;
            double maint = 0;
            for (Host h : hosts) {
                capex += Costs.capex(h, from, days, s.options().costs().depreciation(), cur).amount();
                maint += Costs.maintenance(h, days, cur).amount();
            }
            Host first = hosts.get(0);
            out.add(new CostLine("capex " + model, capex, cur, "sum over hosts of "
                    + s.options().costs().depreciation().formula(), Json.obj("hosts", hosts.size(), "price",
                    first.price(), "lifetime_years", first.lifetimeYears(), "from", from, "days", days)));
            out.add(new CostLine("maintenance " + model, maint, cur, "sum over hosts of maintenance_per_month"
                    + " * days / 30.4375", Json.obj("hosts", hosts.size(), "maintenance_per_month",
                    first.maintenancePerMonth(), "days", days)));
        });
        List<Uplink> uplinks = s.cluster().uplinks();
        if (bandwidthMean != null && !uplinks.isEmpty()) {
            double total = s.cluster().uplinkCapacityMbps();
            for (Uplink u : uplinks) {
                double share = u.capacityMbps() / total;
                double[] mbps = new double[bandwidthMean.length];
                for (int t = 0; t < mbps.length; t++) {
                    mbps[t] = Math.max(0, bandwidthMean[t]) * share;
                }
                out.add(Costs.bandwidth(u, mbps, s.step(), cur));
            }
        }
        return out;
    }
}
