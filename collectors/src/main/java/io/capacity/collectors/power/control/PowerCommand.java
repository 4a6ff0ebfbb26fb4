package io.capacity.collectors.power.control;

/** What a power action asks of the BMC, and the state the host is to reach. */
public enum PowerCommand {
    /** Ask the operating system to shut down (Redfish {@code GracefulShutdown}, IPMI {@code chassis power soft}). */
    GRACEFUL_SHUTDOWN(PowerState.ON, PowerState.OFF),
    /** Power on (Redfish {@code On}, IPMI {@code chassis power on}). */
    ON(PowerState.OFF, PowerState.ON);

    private final PowerState from;
    private final PowerState to;

    PowerCommand(PowerState from, PowerState to) {
        this.from = from;
        this.to = to;
    }

    /** The state the host must be in for the command to make sense. */
    public PowerState from() {
        return from;
    }

    /** The state the host reaches when the command has done its work. */
    public PowerState to() {
        return to;
    }
}
