package io.capacity.planner.schedule;

import io.capacity.planner.power.PowerCurve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The powered hosts' draw at an expected CPU demand shared by capacity (as the meters share it), kept per power
 * curve so that the change from one host more or less costs O(curves), not O(hosts). It answers the energy
 * question behind the schedule's preference: does one more host at a lower load draw less than the hosts it
 * relieves? On convex curves (an R640-class host does the most work per watt at 70 %) it can.
 */
final class Draw {
    private final int[] curveOf;
    private final PowerCurve[] curves;
    private final int[] powered;
    private final double[] cpu;
    private double capacity;

    Draw(Fleet fleet) {
        Map<PowerCurve, Integer> index = new IdentityHashMap<>();
        List<PowerCurve> list = new ArrayList<>();
        curveOf = new int[fleet.size()];
        cpu = new double[fleet.size()];
        for (int i = 0; i < fleet.size(); i++) {
            PowerCurve c = fleet.host(i).power();
            curveOf[i] = index.computeIfAbsent(c, k -> {
                list.add(k);
                return list.size() - 1;
            });
            cpu[i] = fleet.cap(i, 0);
        }
        curves = list.toArray(PowerCurve[]::new);
        powered = new int[curves.length];
    }

    void add(int i, int sign) {
        powered[curveOf[i]] += sign;
        capacity += sign * cpu[i];
    }

    /**
     * Watts the powered set would draw serving {@code demand} with host {@code i} added ({@code sign} +1) or
     * removed (-1), minus what it draws now, counting host {@code i}'s standby draw while off. Infinite when the
     * set left could not carry the demand.
     */
    double change(int i, int sign, double demand) {
        double after = capacity + sign * cpu[i];
        if (demand > after + 1e-9) {
            return Double.POSITIVE_INFINITY;
        }
        int c = curveOf[i];
        double before = watts(demand, capacity, -1, 0);
        double standby = curves[c].standbyWatts();
        return watts(demand, after, c, sign) - before + (sign > 0 ? -standby : standby);
    }

    private double watts(double demand, double cap, int changed, int sign) {
        double u = cap > 0 ? demand / cap : 0;
        double w = 0;
        for (int c = 0; c < curves.length; c++) {
            int n = powered[c] + (c == changed ? sign : 0);
            w += n == 0 ? 0 : n * curves[c].watts(u);
        }
        return w;
    }
}
