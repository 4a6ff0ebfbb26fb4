package io.capacity.planner;

import io.capacity.planner.model.Dimension;
import io.capacity.planner.schedule.Controller;
import io.capacity.planner.schedule.Fleet;
import io.capacity.planner.schedule.Needs;

import java.util.Arrays;

/** Which dimension limits the plan: the largest need relative to the capacity available for it. */
final class Binding {
    private Binding() {
    }

    /** N+k capacity per host dimension with every usable host powered. */
    static double[] usable(Fleet fleet, int k) {
        double[] out = new double[Needs.dimensions()];
        for (int d = 0; d < out.length; d++) {
            double[] caps = new double[fleet.size()];
            for (int i = 0; i < caps.length; i++) {
                caps[i] = fleet.host(i).capacity(Needs.dimension(d));
            }
            Arrays.sort(caps);
            double s = 0;
            for (int i = 0; i < caps.length - Math.min(k, caps.length); i++) {
                s += caps[i];
            }
            out[d] = s;
        }
        return out;
    }

    static Dimension overall(double[][] need, double[] usable) {
        int best = 0;
        double ratio = -1;
        for (int d = 0; d < usable.length; d++) {
            double peak = 0;
            for (double[] n : need) {
                peak = Math.max(peak, n[d]);
            }
            double r = usable[d] > 0 ? peak / usable[d] : Double.POSITIVE_INFINITY;
            if (r > ratio) {
                ratio = r;
                best = d;
            }
        }
        return Needs.dimension(best);
    }

    static Dimension atStep(double[] need, Controller c, Fleet fleet) {
        int best = 0;
        double ratio = -1;
        for (int d = 0; d < need.length; d++) {
            double cap = 0;
            for (int i = 0; i < fleet.size(); i++) {
                cap += c.isOn(i) ? fleet.host(i).capacity(Needs.dimension(d)) : 0;
            }
            double r = cap > 0 ? need[d] / cap : Double.POSITIVE_INFINITY;
            if (r > ratio) {
                ratio = r;
                best = d;
            }
        }
        return Needs.dimension(best);
    }
}
