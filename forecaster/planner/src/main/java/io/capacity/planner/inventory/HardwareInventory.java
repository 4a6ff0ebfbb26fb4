package io.capacity.planner.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fleet the planner works on: hosts with every default applied, hardware models, clusters with their power
 * budgets and uplinks, and the one currency every price is in.
 */
public record HardwareInventory(String currency, Map<String, HardwareModel> models, List<Host> hosts,
                        List<Cluster> clusters) {
    public HardwareInventory {
        Objects.requireNonNull(currency, "currency");
        models = Map.copyOf(models);
        hosts = List.copyOf(hosts);
        clusters = List.copyOf(clusters);
        Set<String> clusterIds = new HashSet<>();
        for (Cluster c : clusters) {
            if (!clusterIds.add(c.id())) {
                throw new IllegalArgumentException("cluster id " + c.id() + " appears twice");
            }
        }
        Set<String> hostIds = new HashSet<>();
        for (Host h : hosts) {
            if (!hostIds.add(h.id())) {
                throw new IllegalArgumentException("host id " + h.id() + " appears twice");
            }
            if (!clusterIds.contains(h.cluster())) {
                throw new IllegalArgumentException("host " + h.id() + " names unknown cluster " + h.cluster()
                        + "; clusters are " + clusterIds);
            }
        }
    }

    public List<Host> hostsIn(String cluster) {
        return hosts.stream().filter(h -> h.cluster().equals(cluster)).toList();
    }

    public Optional<Cluster> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public HardwareInventory withHosts(List<Host> added) {
        List<Host> all = new ArrayList<>(hosts);
        all.addAll(added);
        return new HardwareInventory(currency, models, all, clusters);
    }

    public HardwareInventory withoutHosts(Set<String> ids) {
        Set<String> missing = new HashSet<>(ids);
        hosts.forEach(h -> missing.remove(h.id()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("cannot remove unknown hosts " + missing);
        }
        return new HardwareInventory(currency, models, hosts.stream().filter(h -> !ids.contains(h.id())).toList(),
                clusters);
    }
}
