package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.input.M4Reader;
import io.capacity.core.model.arima.ArimaModel;
import io.capacity.core.model.arima.ArimaRefitSpec;
import io.capacity.core.model.arima.AutoArimaSpec;
import io.capacity.core.model.ets.EtsModel;
import io.capacity.core.model.ets.EtsSpec;
import io.capacity.core.model.ets.Trend;
import io.capacity.core.model.mstl.MstlSpec;
import io.capacity.core.series.TimeSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberFormTest {
    /** The shared M4 Hourly training split (see ../shared/data/m4/README.md), read from the module directory. */
    private static final Path M4_HOURLY = Path.of("../../../shared/data/m4/Hourly-train.csv");
    /**
     * How far a refit in the cached orders may stray from a full search on the same history a day later: the mean
     * absolute difference of their 24-step means, in units of the series' mean absolute seasonal difference (the
     * MASE scale). Measured on these series: at most 0.2 (0 where the search keeps the orders).
     */
    private static final double TOLERANCE = 0.5;

    @Test
    void aRefitInTheCachedFormKeepsItAndForecastsCloseToAFullRefitOnM4Hourly() {
        List<TimeSeries> series = M4Reader.read(M4_HOURLY, Duration.ofHours(1)).stream()
                .filter(s -> s.size() >= 700).limit(4).toList();
        assertEquals(4, series.size());
        AutoArimaSpec arima = AutoArimaSpec.of(24);
        EtsSpec ets = new EtsSpec(Trend.AUTO, 24);
        MstlSpec mstl = ModelCatalog.mstl(24, 168);
        for (TimeSeries later : series) {
            TimeSeries earlier = new TimeSeries(later.id(), later.start(), later.step(),
                    Arrays.copyOf(later.values(), later.size() - 24));
            ArimaModel chose = arima.fit(earlier);
            String form = MemberForm.of(chose);
            assertTrue(form.startsWith("arima:"), form);
            ArimaRefitSpec refit = assertInstanceOf(ArimaRefitSpec.class, MemberForm.spec(arima, form));
            ArimaModel refitted = refit.fit(later);
            assertEquals(chose.arimaSpec(), refitted.arimaSpec(), later.id() + ": the refit keeps the orders");
            assertEquals(form, MemberForm.of(refitted));
            assertClose(later, refitted, arima.fit(later));

            EtsModel etsChose = (EtsModel) ets.fit(earlier);
            FittedModel etsRefit = MemberForm.spec(ets, MemberForm.of(etsChose)).fit(later);
            assertEquals(etsChose.trend(), ((EtsModel) etsRefit).trend());
            assertClose(later, etsRefit, ets.fit(later));

            FittedModel mstlChose = mstl.fit(earlier);
            FittedModel mstlRefit = MemberForm.spec(mstl, MemberForm.of(mstlChose)).fit(later);
            assertEquals(MstlSpec.chosenTrend(mstlChose).orElseThrow(), MstlSpec.chosenTrend(mstlRefit).orElseThrow());
            assertClose(later, mstlRefit, mstl.fit(later));
        }
    }

    @Test
    void onTheSameHistoryTheRefitEqualsTheSearchingFit() {
        TimeSeries y = M4Reader.read(M4_HOURLY, Duration.ofHours(1)).get(0);
        AutoArimaSpec arima = AutoArimaSpec.of(24);
        ArimaModel chose = arima.fit(y);
        ArimaModel refit = (ArimaModel) MemberForm.spec(arima, MemberForm.of(chose)).fit(y);
        assertEquals(Arrays.toString(chose.coefficients()), Arrays.toString(refit.coefficients()));
        assertEquals(Arrays.toString(chose.forecast(24).mean()), Arrays.toString(refit.forecast(24).mean()));
        assertSame(arima, refit.spec(), "the refit reports the automatic spec, as the searching fit does");
    }

    @Test
    void aCandidateWithoutAFormRefitsAsItselfAndAMismatchedFormIsRefusedByName() {
        EtsSpec ets = new EtsSpec(Trend.AUTO, 24);
        assertSame(ets, MemberForm.spec(ets, MemberForm.NONE));
        var e = assertThrows(IllegalArgumentException.class, () -> MemberForm.spec(ets, "arima:1.0.0.0.0.0.24.1"));
        assertTrue(e.getMessage().startsWith("form 'arima:1.0.0.0.0.0.24.1' does not fit candidate ets"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MemberForm.spec(AutoArimaSpec.of(24), "arima:1.0.0"));
    }

    private static void assertClose(TimeSeries y, FittedModel refit, FittedModel full) {
        Forecast a = refit.forecast(24);
        Forecast b = full.forecast(24);
        double[] v = y.values();
        double scale = 0;
        for (int i = 24; i < v.length; i++) {
            scale += Math.abs(v[i] - v[i - 24]);
        }
        scale /= v.length - 24;
        double diff = 0;
        for (int h = 0; h < 24; h++) {
            diff += Math.abs(a.mean()[h] - b.mean()[h]);
        }
        diff /= 24 * scale;
        System.out.printf("%s %s vs %s: mean |difference| %.3f of the MASE scale%n", y.id(), refit.method(),
                full.method(), diff);
        assertTrue(diff <= TOLERANCE, y.id() + ": " + refit.method() + " vs " + full.method() + ": " + diff);
    }
}
