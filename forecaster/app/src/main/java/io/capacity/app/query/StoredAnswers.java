package io.capacity.app.query;

import io.capacity.app.pipeline.CachedChoice;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.forecast.ForecastPoints;
import io.capacity.store.forecast.StoredForecasts;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scheduled pipeline's forecast of a series, when it answers the query: the automatic choice at the pipeline's
 * step and season, no further ahead and at no level the pipeline did not forecast, written by its last run (a
 * series that failed in that run has only older steps stored, which are not served), with the run's cached choice
 * to grade it.
 */
final class StoredAnswers {
    private StoredAnswers() {
    }

    /** Whether the pipeline's forecasts can answer {@code q} for {@code t} at all (before reading anything). */
    static boolean matches(ForecastPipeline p, Target t, ForecastQuery q) {
        PipelineSettings s = p.settings();
        return t.group() == null && q.model().equals(ForecastQuery.DEFAULT_MODEL) && q.step().equals(s.step())
                && q.season() == s.model().season() && q.horizon() <= s.horizon()
                && s.levels().containsAll(q.levels()) && p.state().lastRun().isPresent();
    }

    static Optional<Answer> read(MetricStore store, ForecastPipeline p, Target t, ForecastQuery q, Instant now) {
        Instant run = p.state().lastRun().orElseThrow();
        Optional<CachedChoice> choice = p.state().choice(t.id());
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        SeriesKey key = t.members().get(0);
        String model = ForecastPipeline.autoSpec(p.settings()).name();
        PipelineSettings s = p.settings();
        Optional<Instant> first = firstIssuedBy(store, key, model, run, s);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Optional<Forecast> stored = StoredForecasts.read(store, key, model, first.get(),
                first.get().plus(s.step().multipliedBy(s.horizon())));
        if (stored.isEmpty() || stored.get().horizon() < q.horizon()) {
            return Optional.empty();
        }
        Forecast f = stored.get();
        List<PredictionInterval> intervals = f.intervals().stream().filter(pi -> q.levels().contains(pi.level()))
                .map(pi -> new PredictionInterval(pi.level(), Arrays.copyOf(pi.lower(), q.horizon()),
                        Arrays.copyOf(pi.upper(), q.horizon()))).toList();
        if (intervals.size() != q.levels().size()) {
            return Optional.empty();
        }
        CachedChoice c = choice.get();
        Forecast served = new Forecast(t.id(), f.start(), f.step(), Arrays.copyOf(f.mean(), q.horizon()), intervals,
                null, null, Evidences.describe(c.spec()), c.spec(), c.spec().quality());
        RollingAccuracy rolling = RollingAccuracy.read(store, key, model, now).orElse(null);
        return Optional.of(new Answer(t.id(), null, t.memberIds(), Source.STORED, run, null, served,
                Evidences.ofChoice(c.spec(), q.levels(), rolling), null, q.season()));
    }

    /**
     * The first step the run that started at {@code run} wrote: its forecast starts after the series' last data,
     * which may lie before the run (a late or stale series), so steps are searched from a history before it.
     */
    private static Optional<Instant> firstIssuedBy(MetricStore store, SeriesKey key, String model, Instant run,
                                                   PipelineSettings s) {
        SeriesKey issued = new SeriesKey(MetricSchema.FORECAST.name(), ForecastPoints.tags(key, model),
                MetricSchema.FORECAST_FIELD_ISSUED);
        SeriesData d = store.read(SeriesQuery.raw(issued, run.minus(s.history()),
                run.plus(s.step().multipliedBy(s.horizon() + 2L))));
        for (int i = 0; i < d.size(); i++) {
            if ((long) d.value(i) >= run.getEpochSecond()) {
                return Optional.of(Instant.ofEpochSecond(0, d.timeNanos(i)));
            }
        }
        return Optional.empty();
    }
}
