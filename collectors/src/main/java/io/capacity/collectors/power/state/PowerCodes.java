package io.capacity.collectors.power.state;

import io.capacity.collectors.power.control.PowerState;
import io.capacity.schema.MetricSchema;

/** A BMC's power state as {@code bmc_power_state.state_code}: a host that is off behind an answering BMC is standby. */
final class PowerCodes {
    private PowerCodes() {
    }

    /** On, and powering on or off (drawing power, not yet woken or not yet down), are on; off is standby. */
    static long of(PowerState s) {
        return s == PowerState.OFF ? MetricSchema.POWER_STANDBY : MetricSchema.POWER_ON;
    }

    /** Redfish's {@code PowerState} ({@code Paused}: powered, its processors halted, is on); null for another text. */
    static Long ofRedfish(String text) {
        return switch (text) {
            case "On", "PoweringOn", "PoweringOff", "Paused" -> MetricSchema.POWER_ON;
            case "Off" -> MetricSchema.POWER_STANDBY;
            default -> null;
        };
    }
}
