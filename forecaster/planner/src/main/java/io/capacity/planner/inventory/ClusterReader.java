package io.capacity.planner.inventory;

import io.capacity.planner.yaml.Layered;
import io.capacity.planner.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code clusters:} list: id, optional power budget and uplinks with their 95th-percentile rates. */
final class ClusterReader {
    private static final Set<String> FIELDS = Set.of("id", "power_budget_watts", "uplinks");
    private static final Set<String> UPLINK = Set.of("id", "capacity_mbps", "rate_per_mbps_month");

    private ClusterReader() {
    }

    static List<Cluster> clusters(List<YamlMap> nodes, List<String> ids) {
        List<Cluster> out = new ArrayList<>();
        for (YamlMap c : nodes) {
            c.allowOnly(FIELDS);
            String id = c.text("id");
            if (id == null || id.isBlank()) {
                c.problems().add(c.node(), c.field("id"), "(missing)", "a cluster name");
            } else if (ids.contains(id)) {
                c.problems().add(c.raw("id"), c.field("id"), id, "a cluster name not used before");
            }
            Layered f = new Layered(List.of(c));
            Double budget = f.number("power_budget_watts", false, Double.POSITIVE_INFINITY);
            List<Uplink> uplinks = new ArrayList<>();
            for (YamlMap u : c.maps("uplinks")) {
                u.allowOnly(UPLINK);
                Layered uf = new Layered(List.of(u));
                String uid = u.text("id");
                Double cap = uf.number("capacity_mbps", false, null);
                Double rate = uf.number("rate_per_mbps_month", true, 0.0);
                if (uid == null) {
                    u.problems().add(u.node(), u.field("id"), "(missing)", "an uplink name");
                } else if (cap != null && rate != null) {
                    uplinks.add(new Uplink(uid, cap, rate));
                }
            }
            if (id != null && !ids.contains(id)) {
                ids.add(id);
                if (budget != null) {
                    out.add(new Cluster(id, budget, uplinks));
                }
            }
        }
        return out;
    }
}
