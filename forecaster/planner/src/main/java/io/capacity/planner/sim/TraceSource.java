package io.capacity.planner.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 */
public record TraceSource(Path file, String column, Duration step, Unit unit, Double capacity, Instant start) {
    public TraceSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(unit, "unit");
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("trace step must be positive, got " + step);
        }
        if (capacity != null && !(capacity > 0)) {
            throw new IllegalArgumentException("trace capacity must be positive, got " + capacity);
        }
        if (capacity != null && unit != Unit.ABSOLUTE) {
            throw new IllegalArgumentException("a capacity applies to absolute units only, not to "
                    + unit.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
