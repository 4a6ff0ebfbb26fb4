package io.capacity.planner.sim;

import io.capacity.planner.power.PowerCurve;

import java.util.Arrays;

/**
 * What one policy powered at each replayed step (booted, booting, off) and the demand it met, so energy can be
 * priced afterwards for any power model of identical hosts.
 */
final class Meter {
    private final int hosts;
    private final double target;
    private final double[] demand;
    private final int[] ready;
    private final int[] booting;
    private int shortfallSteps;
    private int targetBreachSteps;
    private int maxPowered;
    /** Step at which {@code k + 1} hosts were first powered at once; -1 while never. */
    private final int[] firstPowered;

    Meter(int hosts, double target, int steps) {
        this.hosts = hosts;
        this.target = target;
        this.demand = new double[steps];
        this.ready = new int[steps];
        this.booting = new int[steps];
        this.firstPowered = new int[hosts];
        Arrays.fill(firstPowered, -1);
    }

    /** Records step {@code i} of CPU demand alone. */
    void record(int i, double hostUnits, int readyHosts, int poweredHosts) {
        record(i, hostUnits, hostUnits, readyHosts, poweredHosts);
    }

    /**
     * Records step {@code i}: {@code hostUnits} of CPU demand (what draws power) and {@code needUnits}, the largest
     * demand of any dimension (CPU, memory, bandwidth; one unit per host in each). Shortfall (the definition)
     * is demand above the powered, booted capacity in any dimension: work that could not be served. A target breach
     * is demand above that capacity times the target utilisation: the planning headroom was used up but the work was
     * still served. Both are kept so neither hides the other.
     */
    void record(int i, double hostUnits, double needUnits, int readyHosts, int poweredHosts) {
        demand[i] = hostUnits;
        ready[i] = readyHosts;
        booting[i] = poweredHosts - readyHosts;
        for (int k = maxPowered; k < Math.min(poweredHosts, hosts); k++) {
            firstPowered[k] = i;
        }
        maxPowered = Math.max(maxPowered, poweredHosts);
        if (needUnits > readyHosts + 1e-9) {
            shortfallSteps++;
        }
        if (needUnits > readyHosts * target + 1e-9) {
            targetBreachSteps++;
        }
    }

    /** Watts per step: booted hosts share the demand, booting ones draw idle, the rest standby. */
    double[] watts(PowerCurve c) {
        double[] w = new double[demand.length];
        for (int i = 0; i < w.length; i++) {
            double u = ready[i] > 0 ? Math.min(1, demand[i] / ready[i]) : 0;
            int off = hosts - ready[i] - booting[i];
            w[i] = ready[i] * c.watts(u) + booting[i] * c.idleWatts() + off * c.standbyWatts();
        }
        return w;
    }

    int shortfallSteps() {
        return shortfallSteps;
    }

    int targetBreachSteps() {
        return targetBreachSteps;
    }

    /**
     * The step at which {@code k + 1} hosts were first powered at the same time, or -1 if never: the (k+1)-th host
     * of identical ones was not needed before then, so buying it could have waited that long.
     */
    int firstPowered(int k) {
        return firstPowered[k];
    }

    double meanPowered() {
        double s = 0;
        for (int i = 0; i < ready.length; i++) {
            s += ready[i] + booting[i];
        }
        return ready.length == 0 ? 0 : s / ready.length;
    }
}
