package io.capacity.planner.inventory;

import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.power.PowerCurve;
import io.capacity.planner.yaml.InventoryYaml;
import io.capacity.planner.yaml.Layered;
import io.capacity.planner.yaml.Values;
import io.capacity.yaml.YamlMapping;

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

    /** A hardware model; {@code defaultCurve} collects the models that fall back to the catalogue's default. */
    static HardwareModel model(String name, YamlMapping m, Set<String> defaultCurve) {
        InventoryYaml.allowOnly(m, MODEL_FIELDS);
        Layered f = new Layered(List.of(m));
        Spec s = spec(f, name, defaultCurve);
        return s == null ? null : new HardwareModel(name, s.cores, s.mem, s.nic, s.power, s.price, s.life, s.boot,
                s.maint);
    }

    static List<Host> hosts(List<YamlMapping> nodes, Map<String, YamlMapping> models, List<String> clusters,
                            Set<String> defaultCurve) {
        Set<String> allowed = new HashSet<>(MODEL_FIELDS);
        allowed.addAll(HOST_ONLY);
        Set<String> seen = new HashSet<>();
        List<Host> out = new ArrayList<>();
        for (YamlMapping h : nodes) {
            InventoryYaml.allowOnly(h, allowed);
            String id = h.text("id");
            if (id == null || id.isBlank()) {
                InventoryYaml.missing(h, "id", "a host name");
            } else if (!seen.add(id)) {
                h.problem("id", id, "a host name not used before");
            }
            String cluster = h.text("cluster");
            if (cluster == null || !clusters.contains(cluster)) {
                h.problem("cluster", cluster == null ? "(missing)" : cluster, "one of the clusters " + clusters);
            }
            String model = h.text("model");
            List<YamlMapping> layers = new ArrayList<>(List.of(h));
            if (model != null && models.containsKey(model)) {
                layers.add(models.get(model));
            } else if (model != null) {
                h.problem("model", model, "one of the models " + models.keySet());
            }
            Layered f = new Layered(layers);
            LocalDate purchased = f.parse("purchased", Values::date, d -> true, "a date such as 2021-03-01", null);
            HostState state = f.parse("state", HostReader::state, s -> true, "one of on, standby, off",
                    HostState.ON);
            Spec s = spec(f, model == null ? id : model, defaultCurve);
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

    private static Spec spec(Layered f, String name, Set<String> defaultCurve) {
        Double cores = f.number("cores", false, null);
        Double mem = f.number("memory_gb", false, null);
        Double nic = f.number("nic_gbps", false, null);
        Double price = f.number("price", true, null);
        Double life = f.number("lifetime_years", false, DEFAULT_LIFETIME_YEARS);
        Duration boot = f.duration("boot_time", DEFAULT_BOOT);
        Double maint = f.number("maintenance_per_month", true, 0.0);
        PowerCurve power = PowerReader.curve(f, name, defaultCurve);
        if (cores == null || mem == null || nic == null || price == null || life == null || boot == null
                || maint == null || power == null) {
            return null;
        }
        return new Spec(cores, mem, nic, power, price, life, boot, maint);
    }
}
