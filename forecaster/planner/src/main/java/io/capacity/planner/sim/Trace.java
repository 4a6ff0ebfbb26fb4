package io.capacity.planner.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A demand trace as a fraction of total fleet capacity per step (1.0 = every host fully busy), CPU first (its load
 * draws power), then optionally memory and bandwidth.
 *
 * @param name   label for reports
 * @param demand CPU demand fraction per step, finite and non-negative
 * @param step   step length
 * @param start  time of the first step, or null
 * @param more   further dimensions (memory, then bandwidth), each a fraction per step of the same length
 */
public record Trace(String name, double[] demand, Duration step, Instant start, double[][] more) {
    /** CPU demand alone. */
    public Trace(String name, double[] demand, Duration step, Instant start) {
        this(name, demand, step, start, new double[0][]);
    }

    public Trace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(step, "step");
        demand = checked(name, demand.clone(), "");
        more = more.clone();
        if (more.length > 2) {
            throw new IllegalArgumentException("trace " + name + ": at most memory and bandwidth besides CPU, got "
                    + more.length + " more dimensions");
        }
        for (int d = 0; d < more.length; d++) {
            more[d] = checked(name, more[d].clone(), " dimension " + (d + 1));
            if (more[d].length != demand.length) {
                throw new IllegalArgumentException("trace " + name + ": dimension " + (d + 1) + " has "
                        + more[d].length + " steps, CPU " + demand.length);
            }
        }
    }

    private static double[] checked(String name, double[] v, String what) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= 0) || !Double.isFinite(v[i])) {
                throw new IllegalArgumentException("trace " + name + what + " step " + i + ": demand must be a"
                        + " finite non-negative fraction, got " + v[i]);
            }
        }
        return v;
    }

    @Override
    public double[] demand() {
        return demand.clone();
    }

    @Override
    public double[][] more() {
        double[][] c = new double[more.length][];
        for (int d = 0; d < more.length; d++) {
            c[d] = more[d].clone();
        }
        return c;
    }

    /** CPU demand at step {@code i}. */
    public double at(int i) {
        return demand[i];
    }

    /** Demand of dimension {@code d} (0 CPU, 1 memory, 2 bandwidth) at step {@code i}. */
    public double at(int d, int i) {
        return d == 0 ? demand[i] : more[d - 1][i];
    }

    /** Dimensions replayed: 1 (CPU) to 3. */
    public int dimensions() {
        return 1 + more.length;
    }

    public int size() {
        return demand.length;
    }

    public int stepsPerDay() {
        return (int) Math.max(1, Math.round(86_400_000.0 / step.toMillis()));
    }
}
