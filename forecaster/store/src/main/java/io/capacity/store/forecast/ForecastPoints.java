package io.capacity.store.forecast;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.common.Nanos;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a {@link Forecast} is laid out as points of {@link MetricSchema#FORECAST}: one point per step, tagged with the
 * series' own tags plus {@code series} (its canonical key), {@code model}, {@code source_measurement} and
 * {@code source_field}; fields {@code mean}, {@code lower_L}/{@code upper_L} per level and {@code issued}.
 *
 * <p>The forecast tags are applied last: a series with its own {@code model} tag (imported data may have one) gets the
 * forecast model in that tag, and its own value stays readable from the {@code series} tag.
 */
public final class ForecastPoints {
    private ForecastPoints() {
    }

    /** The tag set of the forecast of {@code series} by {@code model}. */
    public static SortedMap<String, String> tags(SeriesKey series, String model) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("forecast model name must not be blank, got '" + model + "'");
        }
        TreeMap<String, String> tags = new TreeMap<>(series.tags());
        tags.put(MetricSchema.FORECAST_TAG_SERIES, series.toString());
        tags.put(MetricSchema.FORECAST_TAG_MODEL, model);
        tags.put(MetricSchema.FORECAST_TAG_SOURCE_MEASUREMENT, series.measurement());
        tags.put(MetricSchema.FORECAST_TAG_SOURCE_FIELD, series.field());
        return Point.tagMap(tags);
    }

    /** Model tag of a forecast: its spec's name, or its method when it has no spec. */
    public static String modelOf(Forecast forecast) {
        return forecast.spec() != null ? forecast.spec().name() : forecast.method();
    }

    /** One point per step; non-finite values are left out (a gap), since line protocol cannot carry them. */
    public static List<Point> toPoints(SeriesKey series, Forecast forecast, Instant issued) {
        return toPoints(series, forecast, modelOf(forecast), issued);
    }

    /**
     * {@link #toPoints(SeriesKey, Forecast, Instant)} tagged with {@code model}, for a forecast that carries only its
     * fitted method, not the model name it was asked for (the Spark job's rows).
     */
    public static List<Point> toPoints(SeriesKey series, Forecast forecast, String model, Instant issued) {
        if (forecast.start() == null) {
            throw new IllegalArgumentException("forecast " + forecast.seriesId()
                    + " has no timestamps; only forecasts of timestamped series can be stored");
        }
        SortedMap<String, String> tags = tags(series, model);
        long issuedSeconds = issued.getEpochSecond();
        List<Point> points = new ArrayList<>(forecast.horizon());
        for (int i = 0; i < forecast.horizon(); i++) {
            TreeMap<String, Number> fields = new TreeMap<>();
            putFinite(fields, MetricSchema.FORECAST_FIELD_MEAN, forecast.mean(i));
            for (PredictionInterval pi : forecast.intervals()) {
                putFinite(fields, MetricSchema.forecastLowerField(pi.level()), pi.lower(i));
                putFinite(fields, MetricSchema.forecastUpperField(pi.level()), pi.upper(i));
            }
            fields.put(MetricSchema.FORECAST_FIELD_ISSUED, issuedSeconds);
            points.add(new Point(MetricSchema.FORECAST.name(), tags, fields, Nanos.of(forecast.timeAt(i))));
        }
        return points;
    }

    private static void putFinite(Map<String, Number> fields, String name, double v) {
        if (Double.isFinite(v)) {
            fields.put(name, v);
        }
    }
}
