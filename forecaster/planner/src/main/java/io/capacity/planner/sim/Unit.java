package io.capacity.planner.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a trace column states demand: a fraction or percent of the fleet, or an absolute amount. */
public enum Unit {
    FRACTION, PERCENT, ABSOLUTE;

    /** The unit a user names, in any case: fraction, percent or absolute. */
    public static Unit parse(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.name().equals(n)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("'" + name + "' is not one of " + names()));
    }

    /** The units as a user writes them: percent, fraction, absolute. */
    public static String names() {
        return Arrays.stream(values()).map(u -> u.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
