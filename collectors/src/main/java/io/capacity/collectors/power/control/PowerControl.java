package io.capacity.collectors.power.control;

import io.capacity.collectors.source.CollectorException;

/** One BMC's power control. Messages never carry credentials. */
public interface PowerControl extends AutoCloseable {
    /** The host's power state now, as the BMC reports it. */
    PowerState state() throws CollectorException;

    /** Sends the command; returns once the BMC accepted it (the state changes later: poll {@link #state()}). */
    void send(PowerCommand command) throws CollectorException;

    /** What {@link #send} would do, in one line (e.g. {@code ipmitool chassis power soft}). */
    String describe(PowerCommand command);

    @Override
    void close();
}
