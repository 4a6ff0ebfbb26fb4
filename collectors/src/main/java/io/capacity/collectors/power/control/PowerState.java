package io.capacity.collectors.power.control;

import java.util.Locale;

/** A host's power state as its BMC reports it. */
public enum PowerState {
    ON, OFF, POWERING_ON, POWERING_OFF;

    /** Redfish's {@code PowerState} value ({@code On}, {@code Off}, {@code PoweringOn}, {@code PoweringOff}). */
    static PowerState ofRedfish(String text) {
        return switch (text) {
            case "On" -> ON;
            case "Off" -> OFF;
            case "PoweringOn" -> POWERING_ON;
            case "PoweringOff" -> POWERING_OFF;
            default -> throw new IllegalArgumentException("PowerState '" + text + "' is not one of On, Off, "
                    + "PoweringOn, PoweringOff");
        };
    }

    /** Lower case, as the API and the audit trail write it. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
