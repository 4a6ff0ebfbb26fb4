package io.capacity.planner.schedule;

/** Window maxima of a per-step need (capacity per host dimension), the look-ahead the controller decides on. */
public final class Needs {
    private Needs() {
    }

    /** Per-dimension max of {@code need[from .. toExclusive)}, the window clipped to the array. */
    public static double[] windowMax(double[][] need, int from, int toExclusive) {
        double[] m = new double[Fleet.DIMS.length];
        int end = Math.min(need.length, toExclusive);
        for (int t = Math.max(0, from); t < end; t++) {
            for (int d = 0; d < m.length; d++) {
                m[d] = Math.max(m[d], need[t][d]);
            }
        }
        return m;
    }

    /** Max of {@code x[from .. toExclusive)}, the window clipped to the array (0 when empty). */
    public static double windowMax(double[] x, int from, int toExclusive) {
        double m = 0;
        for (int t = Math.max(0, from); t < Math.min(x.length, toExclusive); t++) {
            m = Math.max(m, x[t]);
        }
        return m;
    }

    /** Index of a host dimension (CPU 0, memory 1, bandwidth 2) in need and capacity arrays. */
    public static int index(io.capacity.planner.model.Dimension d) {
        for (int i = 0; i < Fleet.DIMS.length; i++) {
            if (Fleet.DIMS[i] == d) {
                return i;
            }
        }
        throw new IllegalArgumentException(d + " is not provided by hosts");
    }

    public static io.capacity.planner.model.Dimension dimension(int index) {
        return Fleet.DIMS[index];
    }

    public static int dimensions() {
        return Fleet.DIMS.length;
    }
}
