package io.capacity.planner.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a demand trace comes from.
 *
 * @param file     CSV with a header row
 * @param column   column name, or {@code *} for the sum of every column except a leading step/timestamp column
 * @param step     spacing of rows (rows are consecutive steps; timestamps, if any, are not read)
 * @param unit     fraction or percent of fleet capacity, or absolute
 * @param capacity total demand capacity of the fleet when {@code unit} is absolute (null: sized from the peak)
 * @param start    time of the first row for time-of-use pricing (null: none)
 * @param more     further columns replayed with the first (CPU, whose load draws power): memory, then bandwidth
 */
public record TraceSource(Path file, String column, Duration step, Unit unit, Double capacity, Instant start,
                          List<Column> more) {
    /** One column: CPU demand alone. */
    public TraceSource(Path file, String column, Duration step, Unit unit, Double capacity, Instant start) {
        this(file, column, step, unit, capacity, start, List.of());
    }

    public TraceSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(unit, "unit");
        more = List.copyOf(more);
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("trace step must be positive, got " + step);
        }
        checkCapacity(unit, capacity);
        if (more.size() > 2) {
            throw new IllegalArgumentException("at most three columns (cpu, memory, bandwidth), got "
                    + (1 + more.size()));
        }
        if (!more.isEmpty() && column.equals("*")) {
            throw new IllegalArgumentException("the sum of every column (*) is one demand; name each column to"
                    + " replay several");
        }
    }

    static void checkCapacity(Unit unit, Double capacity) {
        if (capacity != null && !(capacity > 0)) {
            throw new IllegalArgumentException("trace capacity must be positive, got " + capacity);
        }
        if (capacity != null && unit != Unit.ABSOLUTE) {
            throw new IllegalArgumentException("a capacity applies to absolute units only, not to "
                    + unit.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
