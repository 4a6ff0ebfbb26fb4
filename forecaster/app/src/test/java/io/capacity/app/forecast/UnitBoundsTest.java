package io.capacity.app.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.Progress;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.BoundedSpec;
import io.capacity.core.select.Bounds;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, item 4: a series' unit tells its bounds; given bounds override them; every model respects them. */
class UnitBoundsTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path tmp;

    private static Optional<Bounds> of(String measurement, Map<String, String> tags, String field) {
        return UnitBounds.of(SeriesKey.of(measurement, tags, field));
    }

    @Test
    void eachUnitHasItsBounds() {
        assertEquals(Optional.of(Bounds.PERCENT), of("cpu", Map.of("cpu", "cpu-total"), "usage_idle"));
        assertEquals(Optional.of(Bounds.PERCENT), of("mem", Map.of(), "used_percent"));
        assertEquals(Optional.of(Bounds.FRACTION), of(MetricSchema.FORECAST_ACCURACY.name(), Map.of(), "coverage_95"));
        assertEquals(Optional.of(Bounds.NON_NEGATIVE), of("net", Map.of("interface", "eth0"), "bytes_recv"),
                "a counter is forecast as its rate");
        assertEquals(Optional.of(Bounds.NON_NEGATIVE), of("redfish_power_powercontrol", Map.of(),
                "power_consumed_watts"));
        assertEquals(Optional.of(Bounds.NON_NEGATIVE), of("interface", Map.of(), "in_bytes_per_sec"));
        assertEquals(Optional.of(Bounds.NON_NEGATIVE), of("ipmi_sensor", Map.of("unit", "watts"), "value"));
        assertEquals(Optional.empty(), of("ipmi_sensor", Map.of("unit", "degrees_c"), "value"),
                "temperatures can be negative");
        assertEquals(Optional.empty(), of("imported", Map.of(), "value"), "a field we do not know");
    }

    @Test
    void givenBoundsOverrideAndCombine() {
        assertEquals(Optional.empty(), ModelOptions.DEFAULTS.givenBounds());
        assertEquals(Optional.of(Bounds.NON_NEGATIVE), ModelOptions.DEFAULTS.withNonNegative(true).givenBounds());
        assertEquals(Optional.of(Bounds.PERCENT), ModelOptions.DEFAULTS.withBounds(Bounds.PERCENT).givenBounds());
        assertEquals(Optional.of(new Bounds(0, 500)), ModelOptions.DEFAULTS.withCap(500.0).givenBounds(),
                "a cap without a lower bound takes 0");
        assertEquals(Optional.of(new Bounds(10, 80)), ModelOptions.DEFAULTS.withBounds(new Bounds(10, 100))
                .withCap(80.0).givenBounds());
        RequestProblem p = assertThrows(RequestProblem.class, () -> ModelOptions.DEFAULTS.withCap(-1.0));
        assertEquals("cap -1.0: expected a cap above the lower bound 0", p.render(k -> k));
        BoundedSpec snaive = assertInstanceOf(BoundedSpec.class, ModelOptions.DEFAULTS.withSeasons(24, 0)
                .withBounds(Bounds.PERCENT).spec("snaive", 24));
        assertEquals(Bounds.PERCENT, snaive.bounds());
        assertEquals(Bounds.PERCENT, assertInstanceOf(AutoSpec.class, ModelOptions.DEFAULTS.withSeasons(24, 0)
                .withBounds(Bounds.PERCENT).spec("auto", 24)).bounds());
    }

    @Test
    void storedSeriesAreTruncatedToTheirUnitUnlessBoundsAreGiven() {
        try (MetricStore store = TestStores.open("embedded", tmp, "unit_bounds")) {
            // Utilisation climbing to 99 %: drift carries it past 100 within the day.
            TestStores.hourly(store, "cpu", Map.of("cpu", "cpu-total", "host", "web1"), "usage_user", T0, 72,
                    i -> 60 + 0.55 * i);
            SeriesSource sel = new SeriesSource.Stored(new SeriesFilter("cpu", null, new TreeMap<>()), "cpu", null);
            ForecastSettings s = ForecastSettings.DEFAULTS.withSource(sel).withHorizon(24)
                    .withModel(ModelOptions.DEFAULTS.withSeasons(24, 0)).withThreads(1);
            ForecastRequest unit = ForecastRequest.DEFAULTS.withSettings(s).withModel("drift");
            SeriesForecast fc = new ForecastSeries(StoreAccess.shared(store), Clock.systemUTC())
                    .run(unit, Progress.NONE).forecasts().get(0);
            assertEquals(100, fc.forecast().mean(23));
            for (PredictionInterval pi : fc.forecast().intervals()) {
                for (int i = 0; i < 24; i++) {
                    assertTrue(pi.lower(i) >= 0 && pi.upper(i) <= 100, pi.level() + " at " + i);
                }
            }
            ForecastRequest given = unit.withSettings(s.withModel(s.model().withBounds(Bounds.NONE)));
            SeriesForecast free = new ForecastSeries(StoreAccess.shared(store), Clock.systemUTC())
                    .run(given, Progress.NONE).forecasts().get(0);
            assertTrue(free.forecast().mean(23) > 100, "bounds given (none) override the unit's");
        }
    }
}
