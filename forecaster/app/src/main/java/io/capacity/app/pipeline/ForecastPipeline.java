package io.capacity.app.pipeline;

import io.capacity.app.StoreAccess;
import io.capacity.app.forecast.UnitBounds;
import io.capacity.core.batch.Parallel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.hint.Hints;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Bounds;
import io.capacity.core.series.TimeSeries;
import io.capacity.schema.FieldKind;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.RegularSeries;
import io.capacity.store.SeriesFilter;
import io.capacity.store.forecast.ForecastPoints;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the forecasting pipeline over the series in scope (see the package comment). Runs must not overlap:
 * the caller (the service's scheduler) serialises them.
 */
public final class ForecastPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastPipeline.class);

    private final StoreAccess stores;
    private final Clock clock;
    private final PipelineSettings settings;
    private final PipelineState state;
    private final AutoSpec auto;
    private final CachedChoices choices;
    private final ForecastScoring scoring;
    private volatile CachedChoices.WarmCounts lastWarm = new CachedChoices.WarmCounts(0, 0);
    /** Series per unit bounds applied in the current run (runs never overlap). */
    private final Map<String, Integer> unitBounded = new ConcurrentSkipListMap<>();

    public ForecastPipeline(StoreAccess stores, Clock clock, PipelineSettings settings, PipelineState state) {
        this.stores = stores;
        this.clock = clock;
        this.settings = settings;
        this.state = state;
        this.auto = autoSpec(settings);
        this.choices = new CachedChoices(auto, state, settings.chooseEvery(), settings.warmStarts());
        this.scoring = new ForecastScoring(stores, state, auto.name(), settings.model().season(), settings.horizon(),
                settings.chooseEvery(), settings.levelArray());
    }

    /** The automatic choice the pipeline runs (and rebuilds cached choices with). */
    public static AutoSpec autoSpec(PipelineSettings s) {
        return (AutoSpec) s.model().spec("auto", s.horizon());
    }

    public PipelineState state() {
        return state;
    }

    /** What each run forecasts and how (the forecasts API serves stored forecasts that match these). */
    public PipelineSettings settings() {
        return settings;
    }

    /** The last run's refits started from the previous estimates, and those that fell back to a cold start. */
    public CachedChoices.WarmCounts lastWarmStarts() {
        return lastWarm;
    }

    public PipelineRun run() {
        Instant now = clock.instant();
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        Instant scoreFrom = state.lastRun().orElse(now.minus(settings.step().multipliedBy(settings.horizon())));
        unitBounded.clear();
        List<SeriesKey> keys = stores.reading(this::inScope);
        AtomicInteger scored = new AtomicInteger();
        RunWrites writes = new RunWrites(stores);
        FallbackNotes fallbacks = new FallbackNotes();
        List<Callable<SeriesOutcome>> tasks = keys.stream().<Callable<SeriesOutcome>>map(k -> () ->
                one(k, now, scoreFrom, scored, writes, fallbacks)).toList();
        List<SeriesOutcome> done = Parallel.invokeAll(tasks, settings.threads(), "pipeline");
        Set<SeriesKey> unwritten = writes.finish();
        List<SeriesOutcome> outcomes = done.stream().map(o -> o.status() == SeriesOutcome.Status.FORECAST
                && unwritten.contains(o.series()) ? SeriesOutcome.failed(o.series(), "its forecast was not written")
                : o).toList();
        state.ranAt(now);
        int forecast = (int) outcomes.stream().filter(o -> o.status() == SeriesOutcome.Status.FORECAST).count();
        int chosen = (int) outcomes.stream().filter(SeriesOutcome::chose).count();
        PipelineRun run = new PipelineRun(now, (System.nanoTime() - wall) / 1e9,
                (processCpuNanos() - cpu) / 1e9, chosen, forecast - chosen, scored.get(), outcomes);
        LOG.info(run.summary());
        fallbacks.log("pipeline");
        if (!unitBounded.isEmpty()) {
            LOG.info("pipeline: forecasts truncated to their series' unit bounds (percent 0:100, fractions 0:1, rates,"
                    + " watts and bytes 0:): {}; the pipeline takes no others, a forecast of the series does with {}",
                    unitBounded.entrySet()
                    .stream().map(e -> e.getValue() + " series in " + e.getKey()).toList(),
                    Hints.option("bounds", "LO:HI"));
        }
        lastWarm = choices.takeWarmCounts();
        if (lastWarm.warm() + lastWarm.fellBack() > 0) {
            LOG.info("pipeline: {} model refits started from the last run's estimates, {} fell back to a cold start"
                    + " (the warm estimate failed, had nearly cancelling factors or a worse likelihood); start every"
                    + " refit cold (the default) with {}", lastWarm.warm(), lastWarm.fellBack(),
                    Hints.option("pipeline_warm_starts", "false"));
        }
        List<String> skipped = outcomes.stream().filter(o -> o.status() == SeriesOutcome.Status.SKIPPED)
                .map(o -> o.series() + " (" + o.reason() + ")").toList();
        if (!skipped.isEmpty()) {
            LOG.info("pipeline: skipped {} series without enough recent data to forecast, e.g. {}{}; each gets its forecast"
                    + " once it holds {} steps of {} (two seasons and a horizon)", skipped.size(), skipped.get(0),
                    skipped.size() > 1 ? ", " + skipped.get(1) : "", settings.minValues(), settings.step());
        }
        return run;
    }

    /**
     * The configured selections, or every gauge and counter series but the pipeline's own output, the agent's health
     * counters and the equipment's own figures (link speeds, the BMC power state: {@link MetricSchema#isDemand}).
     */
    List<SeriesKey> inScope(MetricStore store) {
        TreeSet<SeriesKey> keys = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        if (settings.selections().isEmpty()) {
            for (SeriesKey k : store.series(SeriesFilter.all())) {
                if (inDefaultScope(k)) {
                    keys.add(k);
                }
            }
        } else {
            settings.selections().forEach(f -> keys.addAll(store.series(f)));
        }
        return new ArrayList<>(keys);
    }

    /**
     * Whether the pipeline forecasts {@code k} when no selection is configured: a gauge or counter that is demand, not
     * its own output, the agent's health counters or a link's speed ({@link MetricSchema#isDemand}).
     */
    public static boolean inDefaultScope(SeriesKey k) {
        FieldKind kind = MetricSchema.kindOf(k.measurement(), k.field());
        return MetricSchema.isDemand(k.measurement(), k.field())
                && (kind == FieldKind.GAUGE || kind == FieldKind.COUNTER);
    }

    private SeriesOutcome one(SeriesKey k, Instant now, Instant scoreFrom, AtomicInteger scored, RunWrites writes,
                              FallbackNotes fallbacks) {
        String id = k.toString();
        try {
            TimeSeries y = stores.reading(st -> RegularSeries.read(st, k, now.minus(settings.history()), now,
                    settings.step()));
            int finite = (int) java.util.Arrays.stream(y.values()).filter(Double::isFinite).count();
            if (finite == 0) {
                // Nothing to forecast yet (a counter's first point has no rate) or any more (an old import): not
                // a failure, which a fresh install would otherwise report for every counter.
                return failedOnce(SeriesOutcome.skipped(k, "no data in the last " + settings.history()));
            }
            if (y.size() < settings.minValues()) {
                return failedOnce(SeriesOutcome.skipped(k, "too short: " + y.size() + " steps, need "
                        + settings.minValues() + " (two seasons and a horizon)"));
            }
            if (scoring.score(k, y, scoreFrom, now, writes::add)) {
                scored.incrementAndGet();
            }
            CachedChoices.Fit fit = choices.fit(id, y, now);
            if (fit.fellBack()) {
                fallbacks.add(id, fit.model().selection().decision());
            }
            boolean chose = fit.chose();
            if (chose) {
                scoring.chose(id);
            }
            Forecast fc = unitBounds(k, fit.model().forecast(settings.horizon(), settings.levelArray()));
            writes.add(k, ForecastPoints.toPoints(k, fc, now));
            return new SeriesOutcome(k, SeriesOutcome.Status.FORECAST, fc, chose, null);
        } catch (RuntimeException | StackOverflowError e) {
            return failedOnce(SeriesOutcome.failed(k, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /**
     * The forecast truncated to its unit's bounds as well as the automatic choice's own (the pipeline's non-negative
     * default), unless the settings give bounds or a cap themselves, which then hold for every series.
     */
    private Forecast unitBounds(SeriesKey k, Forecast fc) {
        if (settings.model().bounds() != null || settings.model().cap() != null) {
            return fc;
        }
        Optional<Bounds> b = UnitBounds.of(k).map(u -> u.intersect(auto.bounds()));
        if (b.isEmpty()) {
            return fc;
        }
        unitBounded.merge(b.get().text(), 1, Integer::sum);
        return b.get().clip(fc);
    }

    // A failure is a warning per series; a series too short to forecast yet is expected (a new host, a fresh
    // install), so each is a debug line and the run says how many in one line.
    private static SeriesOutcome failedOnce(SeriesOutcome o) {
        if (o.status() == SeriesOutcome.Status.FAILED) {
            LOG.warn("series {}: failed ({}); the run goes on without it", o.series(), o.reason());
        } else {
            LOG.debug("series {}: skipped ({})", o.series(), o.reason());
        }
        return o;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
