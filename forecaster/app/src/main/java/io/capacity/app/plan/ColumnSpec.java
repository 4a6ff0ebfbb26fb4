package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.planner.sim.Column;
import io.capacity.planner.sim.Unit;

/**
 * One {@code --column} of a replay as a user writes it: {@code NAME[:UNIT[:CAPACITY]]}, the unit (fraction, percent
 * or absolute) defaulting to the request's, and for absolute units the capacity of one host in the column's unit
 * (default: the fleet sized from the column's peak). The first column is CPU (its load draws power), the second
 * memory, the third bandwidth.
 *
 * @param name     column name in the trace's header ({@code *} for the sum of every column, alone)
 * @param unit     how the column states demand
 * @param capacity the fleet's total capacity in the column's unit (absolute only), or null to size it from the peak
 */
public record ColumnSpec(String name, Unit unit, Double capacity) {
    private static final String FORM = "expected a column name, then optionally :unit (fraction, percent or"
            + " absolute) and :capacity (one host's, for absolute units), e.g. assigned_mem:absolute:512";

    /**
     * Reads {@code text} for a fleet of {@code hosts}; {@code unit} and {@code fleetCapacity} (the {@code capacity}
     * option, first column only) apply where the text names none.
     */
    public static ColumnSpec parse(String text, Unit unit, Double fleetCapacity, int hosts) {
        String[] parts = text.split(":", -1);
        if (parts.length > 3 || parts[0].isBlank()) {
            throw RequestProblem.of("column", text, FORM);
        }
        Unit u = parts.length > 1 && !parts[1].isBlank()
                ? RequestProblem.with("column", text, () -> Unit.parse(parts[1])) : unit;
        Double cap = fleetCapacity;
        if (parts.length > 2) {
            double perHost = number(text, parts[2]);
            if (u != Unit.ABSOLUTE) {
                throw RequestProblem.of("column", text, "a capacity per host applies to absolute units only, not to "
                        + u.name().toLowerCase(java.util.Locale.ROOT));
            }
            cap = perHost * hosts;
        }
        return new ColumnSpec(parts[0].trim(), u, cap);
    }

    private static double number(String text, String value) {
        try {
            double v = Double.parseDouble(value.trim());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RequestProblem.of("column", text, "the capacity of one host must be a number above 0, got '" + value
                + "'");
    }

    /** A further column of the trace (memory, bandwidth). */
    public Column column() {
        return RequestProblem.with("column", name, () -> new Column(name, unit, capacity));
    }
}
