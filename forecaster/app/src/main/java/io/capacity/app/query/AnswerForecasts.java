package io.capacity.app.query;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.forecast.ForecastSeries;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: answer a {@link ForecastQuery}. For each series (or group) in turn: a cached answer while it is current
 * (the same pipeline run, or no data point newer than the one it saw), else the pipeline's stored forecast when it
 * matches ({@link StoredAnswers}), else a forecast computed now ({@link ComputedAnswers}) with the pipeline's model
 * options (non-negative, conformal intervals). Either is cached. Identical requests arriving together compute once:
 * the later ones wait for the first's answer ({@link #SHARED_WAIT}).
 */
public final class AnswerForecasts {
    /** Answers kept in memory: a few queries over a fleet's series. */
    public static final int CACHE_SIZE = 10_000;
    /**
     * How long the series a selection matched are reused before the store is asked again: a series that appears is
     * answered at most this late, and a repeated query does not wait behind the store's writes.
     */
    public static final Duration LISTING_TTL = Duration.ofSeconds(5);
    /**
     * How long a request waits for the same forecast another request is computing before it computes its own: the
     * longest a forecast request takes on this machine (auto over four weeks of hourly history, a few seconds for
     * the 100 series a request may hold) with a wide margin, so two identical requests compute once.
     */
    public static final Duration SHARED_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(AnswerForecasts.class);

    private final StoreAccess stores;
    private final Clock clock;
    private final Supplier<Optional<ForecastPipeline>> pipeline;
    private final ForecastCache cache;
    private final Map<ForecastCache.Key, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong shared = new AtomicLong();
    private final Map<SeriesFilter, Listing> listings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SeriesFilter, Listing> eldest) {
            return size() > 1000;
        }
    };

    private record Listing(List<SeriesKey> keys, Instant at) {
    }

    /** @param pipeline the running pipeline, when there is one (its stored forecasts, choices and schedule) */
    public AnswerForecasts(StoreAccess stores, Clock clock, Supplier<Optional<ForecastPipeline>> pipeline,
                           int cacheSize) {
        this.stores = stores;
        this.clock = clock;
        this.pipeline = pipeline;
        this.cache = new ForecastCache(cacheSize);
    }

    public Answers answer(ForecastQuery q) {
        Optional<ForecastPipeline> p = pipeline.get();
        PipelineSettings settings = p.map(ForecastPipeline::settings).orElse(PipelineSettings.DEFAULTS);
        // An unknown model name fails here, before anything is read.
        ForecastSeries.model(ComputedAnswers.request(q, settings.model(), null));
        return stores.reading(st -> answer(st, q, p, settings));
    }

    private Answers answer(MetricStore st, ForecastQuery q, Optional<ForecastPipeline> p, PipelineSettings s) {
        List<SeriesKey> keys = listing(st, q.selection());
        if (keys.isEmpty()) {
            throw new NoSuchSeries("query parameter series: '" + q.written() + "' matches no stored series; "
                    + "GET /api/v1/series lists them");
        }
        List<String> untagged = new ArrayList<>();
        List<Target> targets = q.aggregate() == null ? Target.each(keys) : Target.groups(keys, q.aggregate(), untagged);
        check(q, keys.size(), targets.size());
        List<Answer> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(one(st, t, q, p, s));
        }
        return new Answers(q, out, untagged);
    }

    private static void check(ForecastQuery q, int series, int forecasts) {
        String narrow = "; narrow the selection" + (q.aggregate() == null ? " or sum it per tag with aggregate=TAG" : "");
        if (forecasts > ForecastQuery.MAX_FORECASTS) {
            throw RequestProblem.of("series", "'" + q.written() + "'", "selects " + forecasts + " "
                    + (q.aggregate() == null ? "series" : "groups") + ", at most " + ForecastQuery.MAX_FORECASTS
                    + " per request" + narrow);
        }
        if (series > ForecastQuery.MAX_MEMBERS) {
            throw RequestProblem.of("series", "'" + q.written() + "'", "selects " + series + " series, at most "
                    + ForecastQuery.MAX_MEMBERS + " per request" + narrow);
        }
        if ((long) forecasts * q.horizon() > ForecastQuery.MAX_POINTS) {
            throw RequestProblem.of("horizon", q.horizon(), forecasts + " forecasts of " + q.horizon() + " steps "
                    + "exceed " + ForecastQuery.MAX_POINTS + " steps per request; ask for fewer series or steps");
        }
    }

    private Answer one(MetricStore st, Target t, ForecastQuery q, Optional<ForecastPipeline> p, PipelineSettings s) {
        ForecastCache.Key key = ForecastCache.Key.of(t.id(), q);
        Optional<ForecastCache.Entry> hit = cache.get(key);
        Instant now = clock.instant();
        Instant run = p.flatMap(x -> x.state().lastRun()).orElse(null);
        boolean storable = p.isPresent() && StoredAnswers.matches(p.get(), t, q);
        boolean sameRun = hit.isPresent() && run != null && run.equals(hit.get().run());
        if (hit.isPresent() && !hit.get().computed() && sameRun) {
            return hit.get().answer().cached();
        }
        if (storable && !sameRun) {
            Optional<Answer> stored = StoredAnswers.read(st, p.get(), t, q, now);
            if (stored.isPresent()) {
                cache.put(key, new ForecastCache.Entry(stored.get(), run, false));
                return stored.get();
            }
        }
        if (hit.isPresent() && hit.get().computed() && (!storable || sameRun)
                && ComputedAnswers.current(st, t, hit.get().answer().dataUntil(), now, q.step(), s.history())) {
            return hit.get().answer().cached();
        }
        return once(key, () -> {
            RollingAccuracy rolling = rollingFor(st, t, q, p, now);
            Answer a = ComputedAnswers.compute(st, t, q, s.model(), s.history(), clock, rolling);
            cache.put(key, new ForecastCache.Entry(a, run, true));
            return a;
        });
    }

    /**
     * Computes {@code key}'s answer unless the same one is being computed for another request already: then waits
     * for that one (its answer, marked cached, or its failure) for up to {@link #SHARED_WAIT}, and computes its own
     * only after that.
     */
    private Answer once(ForecastCache.Key key, Supplier<Answer> work) {
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            shared.incrementAndGet();
            try {
                return running.get(SHARED_WAIT.toMillis(), TimeUnit.MILLISECONDS).cached();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the same forecast", e);
            } catch (TimeoutException e) {
                LOG.info("forecasts: the same forecast has been computing for over {} s for another request; this "
                        + "one computes its own", SHARED_WAIT.toSeconds());
                return compute(work);
            }
        }
        try {
            Answer a = compute(work);
            mine.complete(a);
            return a;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Answer compute(Supplier<Answer> work) {
        Answer a = work.get();
        computed.incrementAndGet();
        return a;
    }

    /** Forecasts computed since start (not served from the store, the cache or another request's computation). */
    public long computed() {
        return computed.get();
    }

    /** Requests that waited for the same forecast being computed for another request instead of computing it. */
    public long shared() {
        return shared.get();
    }

    /** The pipeline's rolling accuracy, when it measures forecasts like this one (a series, auto, its step). */
    private static RollingAccuracy rollingFor(MetricStore st, Target t, ForecastQuery q, Optional<ForecastPipeline> p,
                                              Instant now) {
        if (p.isEmpty() || t.group() != null || !q.model().equals(ForecastQuery.DEFAULT_MODEL)
                || !q.step().equals(p.get().settings().step())) {
            return null;
        }
        String model = ForecastPipeline.autoSpec(p.get().settings()).name();
        return RollingAccuracy.read(st, t.members().get(0), model, now).orElse(null);
    }

    /** The forecastable series {@code selection} matches, as listed at most {@link #LISTING_TTL} ago. */
    private List<SeriesKey> listing(MetricStore st, SeriesFilter selection) {
        Instant now = clock.instant();
        synchronized (listings) {
            Listing l = listings.get(selection);
            if (l != null && now.isBefore(l.at().plus(LISTING_TTL)) && !now.isBefore(l.at())) {
                return l.keys();
            }
        }
        List<SeriesKey> keys = st.series(selection).stream().filter(AnswerForecasts::forecastable).toList();
        synchronized (listings) {
            listings.put(selection, new Listing(keys, now));
        }
        return keys;
    }

    /**
     * The service's own output (forecasts, plans, headroom), the agent's health counters and the equipment's own
     * figures (link speeds, the BMC power state) are not demand to forecast, as the pipeline itself leaves them out
     * ({@link MetricSchema#isDemand}).
     */
    private static boolean forecastable(SeriesKey k) {
        return MetricSchema.isDemand(k.measurement(), k.field());
    }

    /** Answers currently cached. */
    public int cached() {
        return cache.size();
    }
}
