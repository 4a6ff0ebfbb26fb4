package io.capacity.planner.schedule;

/**
 * What the powered set must hold over one window. {@code safety} (capacity per host dimension) is the promise, the
 * demand bound over the target, checked against the N+k capacity: it may break hysteresis and, when the fleet cannot
 * hold it, counts as unmet. {@code expectedCpu} (CPU demand; 0 for none) drives an energy preference: a host more is
 * powered, or a host less kept, while that lowers the draw at this demand. The preference waits for eligible hosts
 * and is never unmet.
 */
public record Requirement(double[] safety, double expectedCpu) {
    public Requirement {
        if (safety.length != Fleet.DIMS.length) {
            throw new IllegalArgumentException("a safety need has one value per host dimension ("
                    + Fleet.DIMS.length + "), got " + safety.length);
        }
        if (!(expectedCpu >= 0)) {
            throw new IllegalArgumentException("expected CPU demand must be >= 0, got " + expectedCpu);
        }
        safety = safety.clone();
    }

    /** A safety need without a preference. */
    public static Requirement of(double[] safety) {
        return new Requirement(safety, 0);
    }

    /** CPU only: the replay's fleets have no memory or bandwidth demand. */
    public static Requirement cpu(double safety, double expectedCpu) {
        return new Requirement(new double[] {safety, 0, 0}, Math.max(0, expectedCpu));
    }

    @Override
    public double[] safety() {
        return safety.clone();
    }
}
