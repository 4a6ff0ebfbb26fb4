package io.capacity.app.query;

import io.capacity.app.Progress;
import io.capacity.app.StoreAccess;
import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastRun;
import io.capacity.app.forecast.ForecastSeries;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.app.forecast.UnitBounds;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.series.TimeSeries;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.RegularSeries;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecasts computed for a query through the forecast use case ({@link ForecastSeries}): each series read over the
 * last {@code history} at the query's step (counters as rates), a group's members summed first.
 */
final class ComputedAnswers {
    private ComputedAnswers() {
    }

    /** The forecast request for {@code q}'s forecast of one series, as the command line's {@code forecast} makes it. */
    static ForecastRequest request(ForecastQuery q, ModelOptions model, SeriesSource source) {
        return request(q.horizon(), q.levels(), q.model(), model.withSeasons(q.season(), 0), source);
    }

    static ForecastRequest request(int horizon, List<Double> levels, String name, ModelOptions model,
                                   SeriesSource source) {
        ForecastSettings s = ForecastSettings.DEFAULTS.withHorizon(horizon).withLevels(levels).withModel(model)
                .withThreads(1);
        return new ForecastRequest(source == null ? s : s.withSource(source), name, false);
    }

    /**
     * @param rolling the pipeline's rolling accuracy of the series when it measures this forecast, else null
     */
    static Answer compute(MetricStore store, Target t, ForecastQuery q, ModelOptions model, Duration history,
                          Clock clock, RollingAccuracy rolling) {
        Instant now = clock.instant();
        Instant from = now.minus(history);
        List<TimeSeries> parts = new ArrayList<>();
        Instant newest = null;
        for (SeriesKey k : t.members()) {
            TimeSeries y = RegularSeries.read(store, k, from, now, q.step());
            parts.add(y);
            if (y.size() > 0) {
                Instant last = newestPoint(store, k, y.timeAt(y.size() - 1), now, q.step());
                newest = last != null && (newest == null || last.isAfter(newest)) ? last : newest;
            }
        }
        TimeSeries series = t.group() == null ? parts.get(0) : GroupSum.sum(t.id(), parts, q.step(), from);
        ForecastRequest r = request(q, model, new SeriesSource.Given(List.of(series)));
        ForecastRun run = new ForecastSeries(StoreAccess.shared(store), clock).run(r, Progress.NONE);
        SeriesForecast first = run.forecasts().get(0);
        SeriesForecast f = first;
        if (t.group() == null && model.bounds() == null && model.cap() == null && f.forecast() != null) {
            // A single stored series within its unit's bounds, as the pipeline stores it (a group's sum has none).
            f = UnitBounds.of(t.members().get(0)).map(b -> new SeriesForecast(first.seriesId(),
                    b.clip(first.forecast()), first.gaps(), first.error())).orElse(first);
        }
        Evidence e = f.forecast() == null ? null : Evidences.of(f.forecast(), q.levels(), rolling);
        return new Answer(t.id(), t.group(), t.memberIds(), Source.COMPUTED, now, newest, f.forecast(), e, f.error(),
                q.season());
    }

    /** Whether no member has a point newer than {@code seen} (null: none had any in the last {@code history}). */
    static boolean current(MetricStore store, Target t, Instant seen, Instant now, Duration step, Duration history) {
        Instant from = seen == null ? now.minus(history) : seen.plusNanos(1);
        for (SeriesKey k : t.members()) {
            if (store.read(SeriesQuery.raw(k, from, now.plus(step))).size() > 0) {
                return false;
            }
        }
        return true;
    }

    private static Instant newestPoint(MetricStore store, SeriesKey k, Instant lastWindow, Instant now,
                                       Duration step) {
        SeriesData d = store.read(SeriesQuery.raw(k, lastWindow, now.plus(step)));
        return d.size() == 0 ? null : Instant.ofEpochSecond(0, d.timeNanos(d.size() - 1));
    }
}
