package io.capacity.core.select;

import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChosenSpecTest {
    private final AutoSpec auto = ModelCatalog.auto(24, 0, 24)
            .withEnsemble(new Ensemble(Ensemble.Kind.INVERSE_ERROR, 3));

    @Test
    void refittingTheChoiceOnTheSameHistoryForecastsWhatChoosingDid() {
        TimeSeries y = Synthetic.seasonal("web", 24 * 28, 24, 1.0, 7);
        AutoModel chose = auto.fit(y);
        ChosenSpec chosen = chose.chosen().orElseThrow();
        assertEquals(3, chosen.members().size());
        assertEquals(3, chosen.weights().length);
        AutoModel refit = chosen.fit(y);
        Forecast a = chose.forecast(24, 80, 95);
        Forecast b = refit.forecast(24, 80, 95);
        assertArrayEquals(a.mean(), b.mean(), 1e-9);
        assertArrayEquals(a.interval(80).orElseThrow().upper(), b.interval(80).orElseThrow().upper(), 1e-9);
        assertArrayEquals(a.interval(95).orElseThrow().lower(), b.interval(95).orElseThrow().lower(), 1e-9);
        assertEquals(a.method(), b.method());
        assertEquals(a.quality(), b.quality());
        assertEquals("auto", chosen.name());
    }

    @Test
    void theForecastCarriesTheChoiceAsItsSpecSoItsEvidenceTravelsWithIt() {
        TimeSeries y = Synthetic.seasonal("web", 24 * 28, 24, 1.0, 7);
        AutoModel chose = auto.fit(y);
        ChosenSpec chosen = chose.chosen().orElseThrow();
        Forecast f = chose.forecast(24, 80, 95);
        assertEquals(chosen, f.spec());
        assertTrue(Double.isFinite(((ChosenSpec) f.spec()).backtestMase()));
        assertEquals(chosen, chosen.fit(y).forecast(24, 95).spec(), "a refit carries the same choice");
        assertEquals("auto", f.spec().name(), "stored forecasts stay tagged with the automatic choice's name");
    }

    @Test
    void refittingOnALongerHistoryMovesTheForecastOn() {
        TimeSeries full = Synthetic.seasonal("web", 24 * 29, 24, 1.0, 7);
        TimeSeries first = TimeSeries.of("web", Arrays.copyOf(full.values(), 24 * 28));
        ChosenSpec chosen = auto.fit(first).chosen().orElseThrow();
        Forecast later = chosen.fit(full).forecast(24, 80, 95);
        assertEquals(24, later.horizon());
        assertTrue(Arrays.stream(later.mean()).allMatch(Double::isFinite));
    }

    @Test
    void aTooShortFallbackIsNotCached() {
        assertTrue(auto.fit(TimeSeries.of("short", new double[] {1, 3, 2, 5, 4, 6, 5, 8})).chosen().isEmpty());
    }

    @Test
    void aConstantHistoryCachesAFlatChoiceThatHoldsOnlyWhileItStaysConstant() {
        AutoModel chose = auto.fit(TimeSeries.of("flat", new double[100]));
        ChosenSpec flat = chose.chosen().orElseThrow();
        assertTrue(flat.isFlat());
        assertTrue(flat.appliesTo(TimeSeries.of("flat", new double[124])));
        double[] moved = new double[124];
        moved[123] = 1;
        assertTrue(!flat.appliesTo(TimeSeries.of("flat", moved)), "a step away from the constant chooses again");
        Forecast a = chose.forecast(24, 80, 95);
        Forecast b = flat.fit(TimeSeries.of("flat", new double[124])).forecast(24, 80, 95);
        assertArrayEquals(a.mean(), b.mean(), 0);
        assertEquals(a.quality(), b.quality());
    }

    @Test
    void theChoiceKeepsEachMembersFormSoARefitDoesNotSearch() {
        TimeSeries y = Synthetic.seasonal("web", 24 * 28, 24, 1.0, 7);
        ChosenSpec chosen = auto.fit(y).chosen().orElseThrow();
        assertEquals(chosen.members().size(), chosen.forms().size());
        for (int i = 0; i < chosen.members().size(); i++) {
            String m = chosen.members().get(i);
            String f = chosen.forms().get(i);
            assertEquals(m.equals("auto-arima") ? "arima:" : m.equals("ets") || m.equals("mstl") ? m + ":"
                            : MemberForm.NONE,
                    f.equals(MemberForm.NONE) ? f : f.substring(0, f.indexOf(':') + 1), m + " " + f);
        }
    }

    @Test
    void anUnknownMemberIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ChosenSpec(auto, java.util.List.of("nope"), null, null,
                        io.capacity.core.forecast.Quality.ungraded(), 1.0));
        assertTrue(e.getMessage().startsWith("chosen model 'nope' is not a candidate; expected one of "),
                e.getMessage());
    }
}
