package io.capacity.planner.power;

import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.util.Arrays;
import java.util.Objects;

/**
 * A server's power draw as a function of CPU load, from SPECpower-style points: active idle and 10 %, 20 % ..
 * 100 % load, interpolated piecewise-linearly between neighbouring points. A straight idle-to-peak line would
 * understate every real server, whose draw jumps between idle and 10 % load.
 *
 * @param name         catalogue or inventory name of the curve
 * @param points       11 watts values: active idle, then 10 % .. 100 % load
 * @param standbyWatts draw when powered off (BMC and fans on standby power)
 * @param source       where the points came from, e.g. {@code SPECpower_ssj2008 row 389}
 */
public record PowerCurve(String name, double[] points, double standbyWatts, String source) implements JsonWritable {
    public static final int POINTS = 11;

    public PowerCurve {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        points = Objects.requireNonNull(points, "points").clone();
        if (points.length != POINTS) {
            throw new IllegalArgumentException("power curve " + name + " needs " + POINTS
                    + " points (idle, 10 %..100 %), got " + points.length);
        }
        for (int i = 0; i < POINTS; i++) {
            if (!(points[i] > 0) || !Double.isFinite(points[i])) {
                throw new IllegalArgumentException("power curve " + name + " point " + (i * 10) + " % must be a"
                        + " positive number of watts, got " + points[i]);
            }
        }
        if (!(standbyWatts >= 0) || standbyWatts > points[0]) {
            throw new IllegalArgumentException("power curve " + name + " standby watts must be in [0, idle "
                    + points[0] + "], got " + standbyWatts);
        }
    }

    @Override
    public double[] points() {
        return points.clone();
    }

    /** Watts at load {@code u} in [0, 1] (clamped): linear between the two surrounding measured points. */
    public double watts(double u) {
        double x = Math.max(0, Math.min(1, u)) * 10;
        int lo = (int) Math.floor(x);
        if (lo >= 10) {
            return points[10];
        }
        double f = x - lo;
        return points[lo] + f * (points[lo + 1] - points[lo]);
    }

    public double idleWatts() {
        return points[0];
    }

    public double peakWatts() {
        return points[10];
    }

    public double idleOverPeak() {
        return points[0] / points[10];
    }

    /**
     * The highest load up to which work per watt above standby keeps rising: {@code u / (watts(u) - standby)}
     * increases on every measured segment up to it. Packing hosts up to this load never costs energy (fewer,
     * busier hosts draw less in total than more, idler ones); packing past it can, on convex curves. Linear
     * segments make the ratio monotone within each segment, so checking the measured points is exact.
     */
    public double mostEfficientLoad() {
        double best = 0;
        for (int i = 1; i < POINTS; i++) {
            double u = i / 10.0;
            double perWatt = u / (points[i] - standbyWatts);
            double previous = (i - 1) / 10.0 / (points[i - 1] - standbyWatts);
            if (perWatt < previous) {
                break;
            }
            best = u;
        }
        return best;
    }

    /** The same curve with another standby draw (inventories override the catalogue's assumption). */
    public PowerCurve withStandbyWatts(double w) {
        return new PowerCurve(name, points, w, source);
    }

    @Override
    public Object jsonTree() {
        return Json.obj("name", name, "points_w", points, "standby_w", standbyWatts, "source", source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PowerCurve c && name.equals(c.name) && Arrays.equals(points, c.points)
                && standbyWatts == c.standbyWatts && source.equals(c.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(points), standbyWatts, source);
    }

    @Override
    public String toString() {
        return "PowerCurve[" + name + ", " + Arrays.toString(points) + " W, standby " + standbyWatts + " W]";
    }
}
