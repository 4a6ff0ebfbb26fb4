package io.capacity.collectors.power.redfish;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Maps Redfish power resources to {@code redfish_power_powercontrol} points. Pure functions of the JSON so
 * vendor quirks are testable without a server: fields may be absent, null or strings (each then left out, where
 * Telegraf writes 0), and Oem sections are ignored. Tags are Telegraf's: {@code address}, {@code source} (the
 * system's {@code HostName}), {@code name} and {@code member_id} (the PowerControl's), each left out when the BMC
 * gives no value, as Telegraf drops empty tags; plus {@link MetricSchema#REDFISH_TAG_CHASSIS_ID}.
 */
final class RedfishReadings {
    private RedfishReadings() {
    }

    /** One point per {@code PowerControl[]} member of a (deprecated but universal) {@code Power} resource. */
    static List<Point> fromPower(JsonNode power, Labels labels, long timeNanos) {
        List<Point> out = new ArrayList<>();
        for (JsonNode pc : power.path("PowerControl")) {
            TreeMap<String, Number> f = new TreeMap<>();
            legacyFields(pc, f);
            add(out, labels, pc, f, timeNanos);
        }
        return out;
    }

    /**
     * {@code EnvironmentMetrics.PowerWatts.Reading}, with capacity and allocation from {@code PowerSubsystem}; each
     * property neither has is taken from the legacy {@code Power} resource's first (chassis-level) PowerControl when
     * given, whose name and member id then tag the point.
     */
    static List<Point> fromEnvironment(JsonNode env, JsonNode subsystem, JsonNode legacy, Labels labels,
                                       long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        if (env != null) {
            put(f, "power_consumed_watts", env.path("PowerWatts").path("Reading"));
        }
        if (subsystem != null) {
            put(f, "power_capacity_watts", subsystem.path("CapacityWatts"));
            put(f, "power_allocated_watts", subsystem.path("Allocation").path("AllocatedWatts"));
            put(f, "power_requested_watts", subsystem.path("Allocation").path("RequestedWatts"));
        }
        JsonNode pc = legacy == null ? null : legacy.path("PowerControl").path(0);
        if (pc != null && pc.isObject()) {
            TreeMap<String, Number> old = new TreeMap<>();
            legacyFields(pc, old);
            old.forEach(f::putIfAbsent);
        }
        List<Point> out = new ArrayList<>(1);
        add(out, labels, pc == null ? null : pc, f, timeNanos);
        return out;
    }

    private static void legacyFields(JsonNode pc, TreeMap<String, Number> f) {
        put(f, "power_consumed_watts", pc.path("PowerConsumedWatts"));
        put(f, "power_capacity_watts", pc.path("PowerCapacityWatts"));
        put(f, "power_allocated_watts", pc.path("PowerAllocatedWatts"));
        put(f, "power_requested_watts", pc.path("PowerRequestedWatts"));
        put(f, "power_available_watts", pc.path("PowerAvailableWatts"));
        JsonNode m = pc.path("PowerMetrics");
        put(f, "average_consumed_watts", m.path("AverageConsumedWatts"));
        put(f, "min_consumed_watts", m.path("MinConsumedWatts"));
        put(f, "max_consumed_watts", m.path("MaxConsumedWatts"));
        JsonNode interval = m.path("IntervalInMin");
        if (interval.isIntegralNumber()) {
            f.put("interval_in_min", interval.longValue());
        }
    }

    private static void add(List<Point> out, Labels l, JsonNode powerControl, TreeMap<String, Number> f,
                            long timeNanos) {
        if (f.isEmpty()) {
            return;
        }
        Map<String, String> own = new HashMap<>();
        own.put("address", l.address());
        own.put(MetricSchema.REDFISH_TAG_CHASSIS_ID, l.chassisId());
        if (l.source() != null) {
            own.put("source", l.source());
        }
        if (powerControl != null) {
            String name = text(powerControl.path("Name"), null);
            String member = text(powerControl.path("MemberId"), null);
            if (name != null) {
                own.put("name", name);
            }
            if (member != null) {
                own.put("member_id", member);
            }
        }
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

    /**
     * Tags that identify where a reading came from.
     *
     * @param source    the linking system's {@code HostName}; null when it has none (no {@code source} tag then)
     */
    record Labels(String address, String source, String chassisId, InventoryTags inventory) {
    }
}
