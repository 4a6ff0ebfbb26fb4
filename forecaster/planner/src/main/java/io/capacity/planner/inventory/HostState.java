package io.capacity.planner.inventory;

/**
 * Power state of a host. {@code ON} serves load; {@code STANDBY} is powered off but can be booted by the plan and
 * draws its standby watts; {@code OFF} is out of service (racked spare, under repair): the plan never uses it and
 * counts no power for it.
 */
public enum HostState {
    ON, STANDBY, OFF
}
