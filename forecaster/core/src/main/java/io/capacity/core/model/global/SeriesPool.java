package io.capacity.core.model.global;

import io.capacity.core.series.GapFiller;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batch a {@link GlobalSpec} learns across: each series' gap-filled history by id, and the fits learnt so far,
 * one per design and cut. A fit at cut {@code c} learns from every series without its last {@code c} values, so a
 * backtest window that holds out the last {@code c} values of its series is forecast from coefficients that never
 * saw them (nor any other series' last {@code c}). Thread-safe: each fit is learnt once, by the first caller.
 */
public final class SeriesPool {
    private static final Logger LOG = LoggerFactory.getLogger(SeriesPool.class);
    /** No batch: every series is fitted on its own. */
    public static final SeriesPool NONE = new SeriesPool(Map.of());

    private final Map<String, double[]> histories;
    private final ConcurrentHashMap<Cut, PooledFit> fits = new ConcurrentHashMap<>();

    private record Cut(LagDesign design, int cut) {
    }

    private SeriesPool(Map<String, double[]> histories) {
        // Batch order, so the training sums (and the forecasts) are the same from run to run.
        this.histories = Collections.unmodifiableMap(new LinkedHashMap<>(histories));
    }

    /**
     * The batch's histories, gap-filled seasonally with {@code season} as the forecasts fill them; a series that
     * cannot be filled (no finite value) or whose id repeats is left out (and forecast on its own).
     */
    public static SeriesPool of(List<TimeSeries> batch, int season) {
        Map<String, double[]> out = new LinkedHashMap<>();
        Set<String> repeated = new HashSet<>();
        for (TimeSeries s : batch) {
            if (out.containsKey(s.id()) || repeated.contains(s.id())) {
                repeated.add(s.id());
                out.remove(s.id());
                continue;
            }
            try {
                out.put(s.id(), gapFree(s) ? s.values() : GapFiller.seasonal(s, season).series().values());
            } catch (IllegalArgumentException e) {
                LOG.debug("global model: series {} left out of the pool: {}", s.id(), e.getMessage());
            }
        }
        return new SeriesPool(out);
    }

    /** A gap-free series is kept as it is: filling rounds every value through its seasonal profile. */
    private static boolean gapFree(TimeSeries s) {
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isFinite(s.value(i))) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return histories.size();
    }

    /**
     * How many values the pool holds after the end of {@code s}: present when the pool holds a history of this id
     * at least as long whose value at the series' last index is the series' last value.
     */
    Optional<Integer> cutOf(TimeSeries s) {
        double[] h = histories.get(s.id());
        int n = s.size();
        if (h == null || n == 0 || n > h.length) {
            return Optional.empty();
        }
        double last = s.value(n - 1);
        boolean same = Math.abs(h[n - 1] - last) <= 1e-9 * Math.max(1, Math.abs(last));
        return same ? Optional.of(h.length - n) : Optional.empty();
    }

    /** The fit of {@code design} learnt from every history without its last {@code cut} values. */
    PooledFit fitAt(LagDesign design, int cut) {
        return fits.computeIfAbsent(new Cut(design, cut), k -> {
            long t0 = System.nanoTime();
            List<double[]> heads = new ArrayList<>(histories.size());
            for (double[] h : histories.values()) {
                if (h.length > cut) {
                    heads.add(Arrays.copyOf(h, h.length - cut));
                }
            }
            PooledFit f = DirectRidge.train(heads, design);
            LOG.info("global model: learnt {} lags x {} steps ahead from {} windows of {} series (each without its"
                            + " last {} values) in {} ms", design.lags(), design.horizon(), f.windows(), f.series(),
                    cut, (System.nanoTime() - t0) / 1_000_000);
            return f;
        });
    }
}
