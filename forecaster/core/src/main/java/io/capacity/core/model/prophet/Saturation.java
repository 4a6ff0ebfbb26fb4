package io.capacity.core.model.prophet;

import java.util.Objects;

/**
 * Cap and floor of logistic growth, in the units of the series (utilisation: cap 100). Each is either one constant
 * (length 1) or one value per time step from the start of the history; past the last given value the last one
 * holds, which suits capacity that changes only when hardware is added.
 */
public record Saturation(double[] cap, double[] floor) {
    public Saturation {
        cap = Objects.requireNonNull(cap, "cap").clone();
        floor = Objects.requireNonNull(floor, "floor").clone();
        if (cap.length == 0 || floor.length == 0) {
            throw new IllegalArgumentException("cap and floor need at least one value");
        }
        for (int i = 0; i < Math.max(cap.length, floor.length); i++) {
            double c = cap[Math.min(i, cap.length - 1)];
            double f = floor[Math.min(i, floor.length - 1)];
            if (!Double.isFinite(c) || !Double.isFinite(f) || !(c > f)) {
                throw new IllegalArgumentException("cap must exceed floor at every step, got cap " + c + ", floor "
                        + f + " at step " + i);
            }
        }
    }

    public static Saturation constant(double cap, double floor) {
        return new Saturation(new double[] {cap}, new double[] {floor});
    }

    public static Saturation cap(double cap) {
        return constant(cap, 0.0);
    }

    @Override
    public double[] cap() {
        return cap.clone();
    }

    @Override
    public double[] floor() {
        return floor.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Saturation s && java.util.Arrays.equals(cap, s.cap) && java.util.Arrays.equals(floor,
                s.floor);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(cap) + java.util.Arrays.hashCode(floor);
    }

    @Override
    public String toString() {
        return "Saturation[cap=" + java.util.Arrays.toString(cap) + ", floor=" + java.util.Arrays.toString(floor) + "]";
    }

    double capAt(int i) {
        return cap[Math.min(i, cap.length - 1)];
    }

    double floorAt(int i) {
        return floor[Math.min(i, floor.length - 1)];
    }
}
