package io.capacity.app.pipeline;

import io.capacity.app.StoreAccess;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's points (forecasts, accuracy), written to the store in a few large batches instead of one per series. The
 * embedded store replaces a batch's (series, time) keys by scanning the stored points in the batch's time span, and
 * every series' forecast covers the same next hours, so a write per series scanned every other series' forecast:
 * the hourly run's cost per series grew with the number of series (1,014 series: 43 ms wall per series, 312: 28).
 * A batch is written once it holds {@link #BATCH_POINTS} points, and the rest at the end of the run; a batch that
 * fails fails its series (logged once), not the run. The cluster plans write their {@code capacity_headroom} points
 * through one too ({@code app.pipeline.cluster.ClusterPlans}).
 */
public final class RunWrites {
    private static final Logger LOG = LoggerFactory.getLogger(RunWrites.class);
    /** Points per batch: about 2,000 series' forecasts of a day of hours; bounds the memory a run holds. */
    static final int BATCH_POINTS = 50_000;

    private final StoreAccess stores;
    private final List<Point> points = new ArrayList<>();
    private final Set<SeriesKey> series = new HashSet<>();
    private final Set<SeriesKey> failed = new HashSet<>();

    public RunWrites(StoreAccess stores) {
        this.stores = stores;
    }

    /** Adds {@code batch} of series {@code k}; writes the pending batches when they are large enough. */
    public void add(SeriesKey k, List<Point> batch) {
        List<Point> due = null;
        Set<SeriesKey> dueSeries = null;
        synchronized (this) {
            points.addAll(batch);
            series.add(k);
            if (points.size() >= BATCH_POINTS) {
                due = new ArrayList<>(points);
                dueSeries = new HashSet<>(series);
                points.clear();
                series.clear();
            }
        }
        if (due != null) {
            write(due, dueSeries);
        }
    }

    /** Writes what is pending; returns the series whose points could not be written in this run. */
    public Set<SeriesKey> finish() {
        List<Point> due;
        Set<SeriesKey> dueSeries;
        synchronized (this) {
            due = new ArrayList<>(points);
            dueSeries = new HashSet<>(series);
            points.clear();
            series.clear();
        }
        if (!due.isEmpty()) {
            write(due, dueSeries);
        }
        synchronized (this) {
            return Set.copyOf(failed);
        }
    }

    private void write(List<Point> due, Set<SeriesKey> dueSeries) {
        try {
            stores.writing(st -> {
                st.write(due);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("pipeline: could not write {} points of {} series ({}); they count as failed in this run",
                    due.size(), dueSeries.size(), e.getMessage());
            synchronized (this) {
                failed.addAll(dueSeries);
            }
        }
    }
}
