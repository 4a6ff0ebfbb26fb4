package io.capacity.collectors.power.redfish;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Maps Redfish power resources to {@code redfish_power_powercontrol} points. Pure functions of the JSON so
 * vendor quirks are testable without a server: fields may be absent, null or strings, and Oem sections are
 * ignored.
 */
final class RedfishReadings {
    private RedfishReadings() {
    }

    /** One point per {@code PowerControl[]} member of a (deprecated but universal) {@code Power} resource. */
    static List<Point> fromPower(JsonNode power, Labels labels, long timeNanos) {
        List<Point> out = new ArrayList<>();
        JsonNode controls = power.path("PowerControl");
        for (int i = 0; i < controls.size(); i++) {
            JsonNode pc = controls.get(i);
            TreeMap<String, Number> f = new TreeMap<>();
            put(f, "power_consumed_watts", pc.path("PowerConsumedWatts"));
            put(f, "power_capacity_watts", pc.path("PowerCapacityWatts"));
            put(f, "power_allocated_watts", pc.path("PowerAllocatedWatts"));
            put(f, "power_requested_watts", pc.path("PowerRequestedWatts"));
            JsonNode m = pc.path("PowerMetrics");
            put(f, "average_consumed_watts", m.path("AverageConsumedWatts"));
            put(f, "min_consumed_watts", m.path("MinConsumedWatts"));
            put(f, "max_consumed_watts", m.path("MaxConsumedWatts"));
            String name = text(pc.path("Name"), "PowerControl");
            String member = text(pc.path("MemberId"), Integer.toString(i));
            add(out, labels, name, member, f, timeNanos);
        }
        return out;
    }

    /** {@code EnvironmentMetrics.PowerWatts.Reading}, with capacity and allocation from {@code PowerSubsystem}. */
    static List<Point> fromEnvironment(JsonNode env, JsonNode subsystem, Labels labels, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        if (env != null) {
            put(f, "power_consumed_watts", env.path("PowerWatts").path("Reading"));
        }
        if (subsystem != null) {
            put(f, "power_capacity_watts", subsystem.path("CapacityWatts"));
            put(f, "power_allocated_watts", subsystem.path("Allocation").path("AllocatedWatts"));
            put(f, "power_requested_watts", subsystem.path("Allocation").path("RequestedWatts"));
        }
        List<Point> out = new ArrayList<>(1);
        add(out, labels, "EnvironmentMetrics", "0", f, timeNanos);
        return out;
    }

    private static void add(List<Point> out, Labels l, String name, String member, TreeMap<String, Number> f,
                            long timeNanos) {
        if (f.isEmpty()) {
            return;
        }
        Map<String, String> own = Map.of("address", l.address(), "source", l.chassis(), "name", name,
                "member_id", member);
        out.add(new Point(MetricSchema.REDFISH_POWER.name(), l.inventory().with(own), f, timeNanos));
    }

    // Some BMCs send numbers as strings ("245"); anything else non-numeric is treated as absent.
    private static void put(TreeMap<String, Number> f, String field, JsonNode v) {
        if (v.isNumber()) {
            f.put(field, v.doubleValue());
        } else if (v.isString()) {
            try {
                double d = Double.parseDouble(v.stringValue().trim());
                if (Double.isFinite(d)) {
                    f.put(field, d);
                }
            } catch (NumberFormatException e) {
                // not a reading
            }
        }
    }

    static String text(JsonNode v, String fallback) {
        if (v.isString() && !v.stringValue().isBlank()) {
            return v.stringValue();
        }
        if (v.isNumber()) {
            return v.asString();
        }
        return fallback;
    }

    /** Tags that identify where a reading came from. */
    record Labels(String address, String chassis, InventoryTags inventory) {
    }
}
