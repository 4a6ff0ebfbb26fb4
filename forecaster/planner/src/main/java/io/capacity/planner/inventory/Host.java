package io.capacity.planner.inventory;

import io.capacity.planner.model.Dimension;
import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;
import io.capacity.planner.power.PowerCurve;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One server with every default already applied.
 *
 * @param id                  unique host name
 * @param cluster             cluster id
 * @param model               hardware model name (a key of the inventory's models, or free text)
 * @param cores               physical cores (the CPU capacity unit)
 * @param memoryGb            memory
 * @param nicGbps             NIC speed
 * @param power               power curve with standby draw
 * @param price               purchase price in the inventory's currency
 * @param purchased           purchase date (start of depreciation)
 * @param lifetimeYears       depreciation lifetime
 * @param state               current power state
 * @param bootTime            power-on to serving
 * @param maintenancePerMonth maintenance and licences per month
 */
public record Host(String id, String cluster, String model, double cores, double memoryGb, double nicGbps,
                   PowerCurve power, double price, LocalDate purchased, double lifetimeYears, HostState state,
                   Duration bootTime, double maintenancePerMonth) implements JsonWritable {
    public Host {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(purchased, "purchased");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(bootTime, "bootTime");
        positive(id, "cores", cores);
        positive(id, "memoryGb", memoryGb);
        positive(id, "nicGbps", nicGbps);
        positive(id, "lifetimeYears", lifetimeYears);
        if (!(price >= 0) || !(maintenancePerMonth >= 0)) {
            throw new IllegalArgumentException("host " + id + ": price " + price + " and maintenancePerMonth "
                    + maintenancePerMonth + " must be non-negative");
        }
        if (bootTime.isNegative()) {
            throw new IllegalArgumentException("host " + id + ": bootTime must be non-negative, got " + bootTime);
        }
    }

    private static void positive(String id, String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("host " + id + ": " + field + " must be positive, got " + v);
        }
    }

    /** What this host provides in a host-provided dimension (CPU cores, memory GB, NIC Mbps). */
    public double capacity(Dimension d) {
        return switch (d) {
            case CPU -> cores;
            case MEMORY -> memoryGb;
            case BANDWIDTH -> nicGbps * 1000;
            case POWER -> throw new IllegalArgumentException("hosts consume power, they do not provide it");
        };
    }

    /** Whether the plan may run this host (ON or STANDBY). */
    public boolean usable() {
        return state != HostState.OFF;
    }

    public Host withState(HostState s) {
        return new Host(id, cluster, model, cores, memoryGb, nicGbps, power, price, purchased, lifetimeYears, s,
                bootTime, maintenancePerMonth);
    }

    @Override
    public Object jsonTree() {
        return Json.obj("id", id, "cluster", cluster, "model", model, "cores", cores, "memory_gb", memoryGb,
                "nic_gbps", nicGbps, "power_curve", power.name(), "price", price, "purchased", purchased,
                "lifetime_years", lifetimeYears, "state", state, "boot_time", bootTime,
                "maintenance_per_month", maintenancePerMonth);
    }
}
