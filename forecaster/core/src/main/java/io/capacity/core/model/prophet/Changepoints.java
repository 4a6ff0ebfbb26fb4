package io.capacity.core.model.prophet;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the trend may bend, as step indices. Automatic placement spreads them evenly over the first
 * {@code changepointRange} of the history and leaves the tail free of them: a bend fitted on the last few points
 * would be extrapolated over the whole horizon on almost no evidence.
 */
final class Changepoints {
    private static final Logger LOG = LoggerFactory.getLogger(Changepoints.class);

    private Changepoints() {
    }

    static int[] indices(ProphetSpec spec, int n, String seriesId) {
        if (!spec.changepoints().isEmpty()) {
            TreeSet<Integer> kept = new TreeSet<>();
            for (int c : spec.changepoints()) {
                if (c < n - 1) {
                    kept.add(c);
                } else {
                    LOG.debug("series {}: changepoint {} is past the history of {} steps and is ignored", seriesId,
                            c, n);
                }
            }
            return kept.stream().mapToInt(Integer::intValue).toArray();
        }
        int span = (int) Math.floor(n * spec.changepointRange());
        int count = Math.min(spec.nChangepoints(), span - 1);
        if (count < spec.nChangepoints()) {
            LOG.debug("series {}: {} changepoints instead of {} (history of {} steps)", seriesId, Math.max(count, 0),
                    spec.nChangepoints(), n);
        }
        List<Integer> out = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            int idx = (int) Math.round(j * (span - 1) / (double) count);
            if (out.isEmpty() || out.get(out.size() - 1) != idx) {
                out.add(idx);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Hinge column {@code max(0, t - s)} of each changepoint time {@code s}, over the given scaled times. */
    static double[][] hinges(double[] times, double[] s) {
        double[][] cols = new double[s.length][times.length];
        for (int j = 0; j < s.length; j++) {
            for (int i = 0; i < times.length; i++) {
                cols[j][i] = Math.max(0.0, times[i] - s[j]);
            }
        }
        return cols;
    }
}
