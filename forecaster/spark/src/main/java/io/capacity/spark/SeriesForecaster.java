package io.capacity.spark;

import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts one series from its grouped rows ({@code series_id, time, value}): the observations are put on the
 * step's grid by mean (as the CLI reads a CSV file's series), then fitted within the budget either by the core's
 * batch with the run's model, exactly as {@code ./capacity forecast} does, or through the pipeline's cached choice.
 * Never throws for a bad series: whatever goes wrong is its error row.
 */
final class SeriesForecaster implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SeriesForecaster.class);

    private final JobSettings settings;
    private transient JobModel model;

    SeriesForecaster(JobSettings settings) {
        this.settings = settings;
    }

    private JobModel model() {
        if (model == null) {
            model = JobModel.of(settings);
        }
        return model;
    }

    /** The rows of series {@code id}; {@code cachedLines} its {@code state.tsv} line, if any (the first is used). */
    List<Row> forecast(String id, Iterator<Row> observations, Iterator<String> cachedLines) {
        double[] levels = settings.levelArray();
        boolean cached = settings.cached();
        try {
            TimeSeries y = series(id, observations);
            String line = cachedLines != null && cachedLines.hasNext() ? cachedLines.next() : null;
            if (cached) {
                ChoiceCache.Result r = TimeBudget.run(settings.budget(), () -> ChoiceCache.fit(model().auto(),
                        settings.chooseEvery(), settings.now(), y, line, settings.horizon(), levels));
                return ForecastRows.of(r.forecast(), levels, null, true, r.line());
            }
            SeriesForecast r = TimeBudget.run(settings.budget(), () -> model().batch().one(y, model().spec()));
            if (r.forecast() == null) {
                return List.of(ForecastRows.error(id, levels, false, r.error()));
            }
            Forecast fc = model().bounds().map(b -> b.clip(r.forecast())).orElse(r.forecast());
            return ForecastRows.of(fc, levels, r.error(), false, null);
        } catch (TimeBudget.Over e) {
            LOG.warn("series {}: {}", id, e.getMessage());
            return List.of(ForecastRows.error(id, levels, cached, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // The row is read by people: a problem without a message of its own gets a plain one (the class and
            // stack go to the log's debug line).
            String why = e.getMessage() == null ? "an internal error while forecasting this series" : e.getMessage();
            LOG.warn("series {}: no forecast: {}", id, why);
            LOG.debug("series {}: no forecast", id, e);
            return List.of(ForecastRows.error(id, levels, cached, why));
        }
    }

    private TimeSeries series(String id, Iterator<Row> rows) {
        List<Instant> t = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (r.isNullAt(1)) {
                throw new IllegalArgumentException("an observation without a time");
            }
            t.add(instant(r.get(1)));
            v.add(r.isNullAt(2) ? Double.NaN : r.getDouble(2));
        }
        RawSeries raw = new RawSeries(id, t.toArray(Instant[]::new), v.stream().mapToDouble(Double::doubleValue)
                .toArray());
        return raw.resample(settings.step(), Aggregation.MEAN);
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        return ((LocalDateTime) o).toInstant(ZoneOffset.UTC);
    }
}
