package io.capacity.store.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.common.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastPointsTest {
    private static final SeriesKey SERIES = SeriesKey.of("ipmi_sensor",
            Map.of("host", "h1", "model", "R640", "name", "pwr"), "value");

    private static Forecast forecast(Instant start, double... mean) {
        return new Forecast("x", start, Duration.ofMinutes(15), mean,
                List.of(new PredictionInterval(99.5, mean, mean)), null, null, "ETS(A,N,N)", null, Quality.ungraded());
    }

    @Test
    void layoutCarriesSeriesModelSourceTagsLevelsAndIssueTime() {
        Instant start = Instant.ofEpochSecond(1_800_000_000L);
        List<Point> points = ForecastPoints.toPoints(SERIES, forecast(start, 1, Double.NaN), Instant.ofEpochSecond(7));
        assertEquals(2, points.size());
        Point p = points.get(0);
        assertEquals("capacity_forecast", p.measurement());
        assertEquals(SERIES.toString(), p.tags().get("series"));
        assertEquals("ETS(A,N,N)", p.tags().get("model"), "the forecast model wins over a series tag of the same name");
        assertEquals("ipmi_sensor", p.tags().get("source_measurement"));
        assertEquals("value", p.tags().get("source_field"));
        assertEquals("h1", p.tags().get("host"));
        assertEquals(Map.of("mean", 1.0, "lower_99.5", 1.0, "upper_99.5", 1.0, "issued", 7L), p.fields());
        assertEquals(Nanos.of(start.plus(Duration.ofMinutes(15))), points.get(1).timeNanos());
        assertFalse(points.get(1).fields().containsKey("mean"), "NaN steps are gaps");
    }

    @Test
    void aForecastWithoutTimestampsCannotBeStored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ForecastPoints.toPoints(SERIES, forecast(null, 1), Instant.EPOCH));
        assertEquals("forecast x has no timestamps; only forecasts of timestamped series can be stored",
                e.getMessage());
    }
}
