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
import java.util.function.Supplier;

/**
 * Use case: answer a {@link ForecastQuery}. For each series (or group) in turn: a cached answer while it is current
 * (the same pipeline run, or no data point newer than the one it saw), else the pipeline's stored forecast when it
 * matches ({@link StoredAnswers}), else a forecast computed now ({@link ComputedAnswers}) with the pipeline's model
 * options (non-negative, conformal intervals). Either is cached.
 */
public final class AnswerForecasts {
    /** Answers kept in memory: a few queries over a fleet's series. */
    public static final int CACHE_SIZE = 10_000;
    /**
     * How long the series a selection matched are reused before the store is asked again: a series that appears is
     * answered at most this late, and a repeated query does not wait behind the store's writes.
     */
    public static final Duration LISTING_TTL = Duration.ofSeconds(5);

    private final StoreAccess stores;
    private final Clock clock;
    private final Supplier<Optional<ForecastPipeline>> pipeline;
    private final ForecastCache cache;
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
        RollingAccuracy rolling = rollingFor(st, t, q, p, now);
        Answer a = ComputedAnswers.compute(st, t, q, s.model(), s.history(), clock, rolling);
        cache.put(key, new ForecastCache.Entry(a, run, true));
        return a;
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

    /** The pipeline's own output is not a series to forecast (as the pipeline itself leaves it out). */
    private static boolean forecastable(SeriesKey k) {
        return !k.measurement().equals(MetricSchema.FORECAST.name())
                && !k.measurement().equals(MetricSchema.FORECAST_ACCURACY.name());
    }

    /** Answers currently cached. */
    public int cached() {
        return cache.size();
    }
}
