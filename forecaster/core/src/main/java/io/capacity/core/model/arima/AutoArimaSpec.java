package io.capacity.core.model.arima;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

import java.util.List;

/**
 * Automatic ARIMA in the manner of Hyndman and Khandakar (2008) / R's {@code auto.arima}: KPSS for d, seasonal
 * strength for D, then a stepwise AICc search. {@link #AUTO} for d or D means "decide"; any other value forces it.
 *
 * @param period         seasonal period m handled by the ARIMA (1 = none)
 * @param d              non-seasonal differences, or AUTO
 * @param sd             seasonal differences, or AUTO
 * @param maxP           max non-seasonal AR order p (R: 5)
 * @param maxQ           max non-seasonal MA order q (R: 5)
 * @param maxSP          max seasonal AR order P (R: 2)
 * @param maxSQ          max seasonal MA order Q (R: 2)
 * @param maxD           max d tried by KPSS (R: 2)
 * @param maxSD          max D (R: 1)
 * @param allowConstant  allow a mean (d+D=0) or drift (d+D=1)
 * @param approximation  CSS search then exact refit of the winner; AUTO means when n > 150 or m > 12 (as R)
 * @param maxModels      cap on models tried in the stepwise search (R: 94)
 * @param xreg           user regressors
 * @param fourier        extra seasonal periods as Fourier terms
 * @param chooseHarmonics when true each Fourier season's harmonics is a maximum and K = 1..max is chosen by AICc
 */
public record AutoArimaSpec(int period, int d, int sd, int maxP, int maxQ, int maxSP, int maxSQ, int maxD, int maxSD,
                            boolean allowConstant, Approximation approximation, int maxModels, Regressors xreg,
                            List<FourierSeason> fourier, boolean chooseHarmonics) implements ModelSpec {
    public static final int AUTO = -1;

    /** When to search with CSS instead of exact likelihood. */
    public enum Approximation { AUTO, ALWAYS, NEVER }

    public AutoArimaSpec {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, got " + period);
        }
        check("d", d, AUTO, 3);
        check("D", sd, AUTO, 2);
        check("maxP", maxP, 0, 10);
        check("maxQ", maxQ, 0, 10);
        check("maxSP", maxSP, 0, 4);
        check("maxSQ", maxSQ, 0, 4);
        check("maxD", maxD, 0, 3);
        check("maxSD", maxSD, 0, 2);
        if (maxModels < 1) {
            throw new IllegalArgumentException("maxModels must be >= 1, got " + maxModels);
        }
        if (period == 1 && sd > 0) {
            throw new IllegalArgumentException("seasonal differences D=" + sd + " need a period > 1");
        }
        approximation = approximation == null ? Approximation.AUTO : approximation;
        xreg = xreg == null ? Regressors.NONE : xreg;
        fourier = fourier == null ? List.of() : List.copyOf(fourier);
    }

    private static void check(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + v);
        }
    }

    /** R's defaults for a series with seasonal period m (1 for none). */
    public static AutoArimaSpec of(int period) {
        return new AutoArimaSpec(period, AUTO, AUTO, 5, 5, 2, 2, 2, 1, true, Approximation.AUTO, 94, Regressors.NONE,
                List.of(), false);
    }

    public AutoArimaSpec withDifferences(int newD, int newSd) {
        return new AutoArimaSpec(period, newD, newSd, maxP, maxQ, maxSP, maxSQ, maxD, maxSD, allowConstant,
                approximation, maxModels, xreg, fourier, chooseHarmonics);
    }

    public AutoArimaSpec withApproximation(Approximation a) {
        return new AutoArimaSpec(period, d, sd, maxP, maxQ, maxSP, maxSQ, maxD, maxSD, allowConstant, a, maxModels,
                xreg, fourier, chooseHarmonics);
    }

    public AutoArimaSpec withXreg(Regressors x) {
        return new AutoArimaSpec(period, d, sd, maxP, maxQ, maxSP, maxSQ, maxD, maxSD, allowConstant, approximation,
                maxModels, x, fourier, chooseHarmonics);
    }

    public AutoArimaSpec withFourier(List<FourierSeason> f, boolean choose) {
        return new AutoArimaSpec(period, d, sd, maxP, maxQ, maxSP, maxSQ, maxD, maxSD, allowConstant, approximation,
                maxModels, xreg, f, choose);
    }

    public AutoArimaSpec withMaxOrders(int p, int q, int sp, int sq) {
        return new AutoArimaSpec(period, d, sd, p, q, sp, sq, maxD, maxSD, allowConstant, approximation, maxModels,
                xreg, fourier, chooseHarmonics);
    }

    @Override
    public String name() {
        return "auto-arima";
    }

    @Override
    public ArimaModel fit(TimeSeries series) {
        return AutoArima.fit(series, this);
    }
}
