package io.capacity.planner.sim;

import java.util.Objects;

/**
 * One more demand column of a trace, replayed next to the first (CPU): the second is memory, the third bandwidth.
 * A host is needed while any dimension needs it.
 *
 * @param name     column name in the header
 * @param unit     fraction or percent of fleet capacity, or absolute
 * @param capacity total capacity of the fleet in this column's unit when {@code unit} is absolute (null: sized from
 *                 the column's peak, as the first column is)
 */
public record Column(String name, Unit unit, Double capacity) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (name.isBlank() || name.equals("*")) {
            throw new IllegalArgumentException("a further column needs its own name (the sum * is for one column"
                    + " only), got '" + name + "'");
        }
        TraceSource.checkCapacity(unit, capacity);
    }
}
