package io.capacity.planner.inventory;

import io.capacity.planner.power.PowerCurve;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Defaults shared by every host of one hardware model, and what the planner proposes to buy.
 *
 * @param name                model key used by hosts
 * @param cores               physical cores
 * @param memoryGb            memory
 * @param nicGbps             NIC speed
 * @param power               power curve with standby draw
 * @param price               purchase price
 * @param lifetimeYears       depreciation lifetime
 * @param bootTime            power-on to serving
 * @param maintenancePerMonth maintenance and licences per host per month
 */
public record HardwareModel(String name, double cores, double memoryGb, double nicGbps, PowerCurve power,
                            double price, double lifetimeYears, Duration bootTime, double maintenancePerMonth) {
    public HardwareModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(bootTime, "bootTime");
        // Building a probe host runs every field check once, with the host's messages.
        new Host("model " + name, "-", name, cores, memoryGb, nicGbps, power, price, LocalDate.EPOCH,
                lifetimeYears, HostState.OFF, bootTime, maintenancePerMonth);
    }

    /** A new host of this model. */
    public Host host(String id, String cluster, LocalDate purchased, HostState state) {
        return new Host(id, cluster, name, cores, memoryGb, nicGbps, power, price, purchased, lifetimeYears, state,
                bootTime, maintenancePerMonth);
    }
}
