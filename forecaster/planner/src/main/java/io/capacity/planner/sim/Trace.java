package io.capacity.planner.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A demand trace as a fraction of total fleet capacity per step (1.0 = every host fully busy).
 *
 * @param name   label for reports
 * @param demand demand fraction per step, finite and non-negative
 * @param step   step length
 * @param start  time of the first step, or null
 */
public record Trace(String name, double[] demand, Duration step, Instant start) {
    public Trace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(step, "step");
        demand = demand.clone();
        for (int i = 0; i < demand.length; i++) {
            if (!(demand[i] >= 0) || !Double.isFinite(demand[i])) {
                throw new IllegalArgumentException("trace " + name + " step " + i + ": demand must be a finite"
                        + " non-negative fraction, got " + demand[i]);
            }
        }
    }

    @Override
    public double[] demand() {
        return demand.clone();
    }

    public double at(int i) {
        return demand[i];
    }

    public int size() {
        return demand.length;
    }

    public int stepsPerDay() {
        return (int) Math.max(1, Math.round(86_400_000.0 / step.toMillis()));
    }
}
