package io.capacity.planner.inventory;

import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.power.PowerCurve;
import io.capacity.planner.yaml.Layered;
import io.capacity.planner.yaml.Values;
import io.capacity.planner.yaml.YamlMap;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Hardware models and hosts; a host field overrides its model's, which overrides the named defaults. */
final class HostReader {
    /** Straight-line depreciation over five years is the common accounting default for servers. */
    static final double DEFAULT_LIFETIME_YEARS = 5;
    /** A typical server POST plus hypervisor start; inventories set boot_time per model. */
    static final Duration DEFAULT_BOOT = Duration.ofMinutes(5);
    static final Set<String> MODEL_FIELDS = Set.of("cores", "memory_gb", "nic_gbps", "power_model", "power_curve",
            "standby_watts", "price", "lifetime_years", "boot_time", "maintenance_per_month");
    private static final Set<String> HOST_ONLY = Set.of("id", "cluster", "model", "purchased", "state");

    private HostReader() {
    }

    static HardwareModel model(String name, YamlMap m) {
        m.allowOnly(MODEL_FIELDS);
        Layered f = new Layered(List.of(m));
        Spec s = spec(f, name);
        return s == null ? null : new HardwareModel(name, s.cores, s.mem, s.nic, s.power, s.price, s.life, s.boot,
                s.maint);
    }

    static List<Host> hosts(List<YamlMap> nodes, Map<String, YamlMap> models, List<String> clusters) {
        Set<String> allowed = new HashSet<>(MODEL_FIELDS);
        allowed.addAll(HOST_ONLY);
        Set<String> seen = new HashSet<>();
        List<Host> out = new ArrayList<>();
        for (YamlMap h : nodes) {
            h.allowOnly(allowed);
            String id = h.text("id");
            if (id == null || id.isBlank()) {
                h.problems().add(h.node(), h.field("id"), "(missing)", "a host name");
            } else if (!seen.add(id)) {
                h.problems().add(h.raw("id"), h.field("id"), id, "a host name not used before");
            }
            String cluster = h.text("cluster");
            if (cluster == null || !clusters.contains(cluster)) {
                h.problems().add(h.has("cluster") ? h.raw("cluster") : h.node(), h.field("cluster"),
                        cluster == null ? "(missing)" : cluster, "one of the clusters " + clusters);
            }
            String model = h.text("model");
            List<YamlMap> layers = new ArrayList<>(List.of(h));
            if (model != null && models.containsKey(model)) {
                layers.add(models.get(model));
            } else if (model != null) {
                h.problems().add(h.raw("model"), h.field("model"), model, "one of the models "
                        + models.keySet());
            }
            Layered f = new Layered(layers);
            LocalDate purchased = f.parse("purchased", Values::date, d -> true, "a date such as 2021-03-01", null);
            HostState state = f.parse("state", HostReader::state, s -> true, "one of on, standby, off",
                    HostState.ON);
            Spec s = spec(f, model == null ? id : model);
            if (s != null && purchased != null && state != null && id != null && cluster != null) {
                out.add(new Host(id, cluster, model == null ? "custom" : model, s.cores, s.mem, s.nic, s.power,
                        s.price, purchased, s.life, state, s.boot, s.maint));
            }
        }
        return out;
    }

    private static HostState state(String t) {
        try {
            return HostState.valueOf(t.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Spec(double cores, double mem, double nic, PowerCurve power, double price, double life,
                        Duration boot, double maint) {
    }

    private static Spec spec(Layered f, String name) {
        Double cores = f.number("cores", false, null);
        Double mem = f.number("memory_gb", false, null);
        Double nic = f.number("nic_gbps", false, null);
        Double price = f.number("price", true, null);
        Double life = f.number("lifetime_years", false, DEFAULT_LIFETIME_YEARS);
        Duration boot = f.duration("boot_time", DEFAULT_BOOT);
        Double maint = f.number("maintenance_per_month", true, 0.0);
        PowerCurve power = PowerReader.curve(f, name);
        if (cores == null || mem == null || nic == null || price == null || life == null || boot == null
                || maint == null || power == null) {
            return null;
        }
        return new Spec(cores, mem, nic, power, price, life, boot, maint);
    }
}
