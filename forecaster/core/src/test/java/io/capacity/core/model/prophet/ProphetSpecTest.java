package io.capacity.core.model.prophet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProphetSpecTest {
    @Test
    void defaultsAreProphetsWhereNotNoted() {
        ProphetSpec s = ProphetSpec.defaults();
        assertEquals(Growth.LINEAR, s.growth());
        assertEquals(25, s.nChangepoints());
        assertEquals(0.8, s.changepointRange());
        assertEquals(0.05, s.changepointPriorScale());
        assertEquals(1000, s.uncertaintySamples());
        assertEquals(IntervalMethod.BACKTEST, s.intervalMethod());
        assertTrue(s.residualAr());
        assertEquals("prophet", s.name());
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProphetSpec.builder()
                .nChangepoints(-1).changepointRange(1.5).changepointPriorScale(0).levels(100)
                .uncertaintySamples(-5).calibration(0, -1).build());
        String msg = e.getMessage();
        for (String part : List.of("nChangepoints", "changepointRange", "changepointPriorScale", "level",
                "uncertaintySamples", "calibrationOrigins", "calibrationHorizon")) {
            assertTrue(msg.contains(part), part + " missing from: " + msg);
        }
    }

    @Test
    void logisticNeedsSaturationAndNamesAreUnique() {
        ProphetSpec lin = ProphetSpec.defaults();
        assertThrows(IllegalArgumentException.class, () -> new ProphetSpecBuilder(lin).logistic(null).build());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> ProphetSpec.builder()
                .seasonality(Seasonality.daily(3)).seasonality(Seasonality.daily(5)).build());
        assertTrue(dup.getMessage().contains("daily"));
    }

    @Test
    void componentRecordsValidateTheirValues() {
        assertThrows(IllegalArgumentException.class, () -> Seasonality.of("s", Duration.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> Seasonality.of("s", Duration.ofDays(1), 0));
        assertThrows(IllegalArgumentException.class, () -> Saturation.constant(10, 10));
        assertThrows(IllegalArgumentException.class, () -> Regressor.of("r", 1, Double.NaN));
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new Event.Window(t, t));
        assertThrows(IllegalArgumentException.class, () -> Event.of("e", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Event.of("e", List.of(Event.Window.of(t, Duration.ofHours(1)))).withWindows(1, 0));
    }
}
