package io.capacity.store.influx;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's series list, held in memory and read again in the background, so listing series costs no query
 * per request. The first listing loads it (a caller waits for that one query, bounded by the read timeout);
 * from then on a daemon thread reloads it every {@code refresh}, so a series written by another process shows up
 * within {@code refresh} plus one query. Series written through this store show up at once.
 *
 * <p>A failed reload keeps the last good list, logs once per failure episode (with the list's age and how to
 * change the refresh), and {@link #status()} says how old the list is and why it is not newer.
 */
final class SeriesListCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SeriesListCache.class);

    /** The sorted list, the same keys as a set, and when the query that produced them started. */
    record Snapshot(List<SeriesKey> keys, Set<SeriesKey> known, Instant asOf) {
    }

    private final Supplier<List<SeriesKey>> loader;
    private final Duration refresh;
    private final Clock clock;
    private final String where;
    private final Object lock = new Object();
    private volatile Snapshot snapshot;
    private volatile String failure;
    /** Series written while a load runs (its query may have missed them); null when no load runs. */
    private volatile Set<SeriesKey> writtenDuringLoad;
    private int loadsInFlight;
    private CompletableFuture<Snapshot> firstLoad;
    private ScheduledExecutorService scheduler;
    private boolean closed;

    SeriesListCache(Supplier<List<SeriesKey>> loader, Duration refresh, Clock clock, String where) {
        this.loader = loader;
        this.refresh = refresh;
        this.clock = clock;
        this.where = where;
    }

    /** The series that match {@code filter}; loads the list first when there is none yet (may throw). */
    List<SeriesKey> list(SeriesFilter filter) {
        Snapshot s = snapshot;
        if (s == null) {
            s = loadFirst();
        }
        if (filter.measurement() == null && filter.field() == null && filter.tags().isEmpty()) {
            return s.keys();
        }
        List<SeriesKey> out = new ArrayList<>();
        for (SeriesKey k : s.keys()) {
            if (filter.matches(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** When the list now served was read, empty before the first load. */
    Optional<Instant> asOf() {
        Snapshot s = snapshot;
        return s == null ? Optional.empty() : Optional.of(s.asOf());
    }

    /** Facts for health details: the list's time, age, size and the last reload's failure; no query. */
    Map<String, Object> status() {
        Snapshot s = snapshot;
        Map<String, Object> m = new TreeMap<>();
        if (s == null) {
            m.put("seriesList", "not loaded yet (loads on first listing)");
        } else {
            long age = Math.max(0, Duration.between(s.asOf(), clock.instant()).toSeconds());
            m.put("seriesList", s.keys().size() + " series as of " + s.asOf() + " (" + age + " s old, refreshed every "
                    + seconds(refresh) + ")");
        }
        String f = failure;
        if (f != null) {
            m.put("seriesListError", f);
        }
        return m;
    }

    /** Adds the series of points just written through this store, so they are listed at once. */
    void written(List<Point> points) {
        if (snapshot == null && writtenDuringLoad == null) {
            return;
        }
        Set<SeriesKey> fresh = new HashSet<>();
        Point previous = null;
        for (Point p : points) {
            if (previous != null && p.measurement().equals(previous.measurement())
                    && p.tags().equals(previous.tags()) && p.fields().keySet().equals(previous.fields().keySet())) {
                continue;
            }
            previous = p;
            for (String field : p.fields().keySet()) {
                fresh.add(p.key(field));
            }
        }
        synchronized (lock) {
            if (writtenDuringLoad != null) {
                writtenDuringLoad.addAll(fresh);
            }
            Snapshot s = snapshot;
            if (s != null) {
                snapshot = with(s, fresh);
            }
        }
    }

    /**
     * The first load, shared: callers that arrive while it runs wait for it and get its list or its failure, so a
     * burst of listings against a frozen server costs one query and one timeout, not one each.
     */
    private Snapshot loadFirst() {
        CompletableFuture<Snapshot> first;
        boolean mine = false;
        synchronized (lock) {
            if (snapshot != null) {
                return snapshot;
            }
            if (firstLoad == null) {
                firstLoad = new CompletableFuture<>();
                mine = true;
            }
            first = firstLoad;
        }
        if (mine) {
            try {
                first.complete(load());
                startRefresh();
            } catch (RuntimeException e) {
                first.completeExceptionally(e);
            } finally {
                synchronized (lock) {
                    firstLoad = null;
                }
            }
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void startRefresh() {
        synchronized (lock) {
            if (scheduler == null && !closed) {
                scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "influx-series-refresh");
                    t.setDaemon(true);
                    return t;
                });
                long ms = refresh.toMillis();
                scheduler.scheduleWithFixedDelay(this::reload, ms, ms, TimeUnit.MILLISECONDS);
            }
        }
    }

    private Snapshot load() {
        Instant started = clock.instant();
        synchronized (lock) {
            if (loadsInFlight++ == 0) {
                writtenDuringLoad = new HashSet<>();
            }
        }
        try {
            List<SeriesKey> loaded = loader.get();
            synchronized (lock) {
                Snapshot s = merged(loaded, writtenDuringLoad, started);
                snapshot = s;
                return s;
            }
        } finally {
            synchronized (lock) {
                if (--loadsInFlight == 0) {
                    writtenDuringLoad = null;
                }
            }
        }
    }

    private void reload() {
        try {
            Snapshot s = load();
            if (failure != null) {
                LOG.info("{}: series list read again ({} series); the refresh works again", where, s.keys().size());
                failure = null;
            }
        } catch (RuntimeException e) {
            String reason = e instanceof StoreException ? e.getMessage() : String.valueOf(e);
            if (failure == null) {
                Snapshot s = snapshot;
                LOG.warn("{}; serving the series list from {} ({} s old) until InfluxDB answers again; it is retried "
                        + "every {} (set with --influx-series-refresh or CAPACITY_INFLUX_SERIES_REFRESH)", reason,
                        s == null ? "-" : s.asOf(), s == null ? 0 : Duration.between(s.asOf(), clock.instant())
                                .toSeconds(), seconds(refresh));
            }
            failure = reason;
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static Snapshot merged(List<SeriesKey> base, Set<SeriesKey> extra, Instant asOf) {
        TreeSet<SeriesKey> all = new TreeSet<>(base);
        all.addAll(extra);
        return new Snapshot(List.copyOf(all), Set.copyOf(all), asOf);
    }

    /** {@code s} with {@code extra} added; {@code s} itself when it holds them all (the common case). */
    private static Snapshot with(Snapshot s, Set<SeriesKey> extra) {
        return s.known().containsAll(extra) ? s : merged(s.keys(), extra, s.asOf());
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
    }
}
