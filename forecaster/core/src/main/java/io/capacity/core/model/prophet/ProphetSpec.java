package io.capacity.core.model.prophet;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to fit: a Prophet-style additive model, trend (linear or logistic, with changepoints) plus Fourier
 * seasonalities, events and extra regressors. Validated all at once: every problem is listed in one exception.
 * Start from {@link #builder()}; every option has a named default there.
 *
 * @param changepoints       explicit changepoint indices into the history; empty means automatic
 *                           ({@code nChangepoints} evenly spread over the first {@code changepointRange})
 * @param autoSeasonality    add daily/weekly/yearly from the step and length (see {@link AutoSeasonality})
 * @param levels             interval levels used by {@code forecast(h)}
 * @param uncertaintySamples simulated future trend paths; 0 keeps only observation noise
 * @param calibrationHorizon steps per backtest window of {@link IntervalMethod#BACKTEST}; 0 means n / 10
 * @param residualAr         add an autoregression of the residuals to the point forecast (see {@code ResidualAr});
 *                           off gives Prophet's model exactly
 * @param trendDamping       past the history the trend's rate is multiplied by this each step, in (0, 1]: 1 (the
 *                           default) extends the last rate as Prophet does; below 1 the trend levels off
 */
public record ProphetSpec(Growth growth, Saturation saturation, int nChangepoints, double changepointRange,
                          List<Integer> changepoints, double changepointPriorScale, List<Seasonality> seasonalities,
                          boolean autoSeasonality, int dailyOrder, int weeklyOrder, int yearlyOrder,
                          double seasonalityPriorScale, Mode seasonalityMode, List<Event> events,
                          List<Regressor> regressors, double[] levels, int uncertaintySamples, long seed,
                          IntervalMethod intervalMethod, int calibrationOrigins, int calibrationHorizon,
                          boolean residualAr, double trendDamping)
        implements ModelSpec {

    public ProphetSpec {
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(seasonalityMode, "seasonalityMode");
        Objects.requireNonNull(intervalMethod, "intervalMethod");
        changepoints = List.copyOf(changepoints);
        seasonalities = List.copyOf(seasonalities);
        events = List.copyOf(events);
        regressors = List.copyOf(regressors);
        levels = levels.clone();
        List<String> problems = new ArrayList<>();
        if (growth == Growth.LOGISTIC && saturation == null) {
            problems.add("logistic growth needs a saturation (cap and floor)");
        }
        if (nChangepoints < 0) {
            problems.add("nChangepoints must be >= 0, got " + nChangepoints);
        }
        if (!(changepointRange > 0 && changepointRange <= 1)) {
            problems.add("changepointRange must be in (0, 1], got " + changepointRange);
        }
        for (int c : changepoints) {
            if (c < 1) {
                problems.add("changepoint index must be >= 1, got " + c);
            }
        }
        positive(problems, "changepointPriorScale", changepointPriorScale);
        positive(problems, "seasonalityPriorScale", seasonalityPriorScale);
        if (dailyOrder < 1 || weeklyOrder < 1 || yearlyOrder < 1) {
            problems.add("automatic seasonality orders must be >= 1, got daily " + dailyOrder + ", weekly "
                    + weeklyOrder + ", yearly " + yearlyOrder);
        }
        Set<String> names = new HashSet<>();
        seasonalities.forEach(s -> unique(problems, names, s.name()));
        events.forEach(e -> unique(problems, names, e.name()));
        regressors.forEach(r -> unique(problems, names, r.name()));
        if (names.contains("trend")) {
            problems.add("'trend' is reserved for the trend component");
        }
        for (double l : levels) {
            if (!(l > 0 && l < 100)) {
                problems.add("interval level must be in (0, 100), got " + l);
            }
        }
        if (uncertaintySamples < 0) {
            problems.add("uncertaintySamples must be >= 0, got " + uncertaintySamples);
        }
        if (calibrationOrigins < 1) {
            problems.add("calibrationOrigins must be >= 1, got " + calibrationOrigins);
        }
        if (!(trendDamping > 0 && trendDamping <= 1)) {
            problems.add("trendDamping must be in (0, 1] (1 = undamped), got " + trendDamping);
        }
        if (calibrationHorizon < 0) {
            problems.add("calibrationHorizon must be >= 0 (0 = automatic), got " + calibrationHorizon);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid Prophet spec: " + String.join("; ", problems));
        }
    }

    public static ProphetSpecBuilder builder() {
        return new ProphetSpecBuilder();
    }

    /** All defaults: linear growth, automatic changepoints and seasonalities, backtest-calibrated intervals. */
    public static ProphetSpec defaults() {
        return builder().build();
    }

    public ProphetSpecBuilder toBuilder() {
        return new ProphetSpecBuilder(this);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public String name() {
        return "prophet";
    }

    @Override
    public ProphetModel fit(TimeSeries series) {
        return ProphetFitter.fit(this, series);
    }

    // Records compare arrays by identity; specs are values, so levels compare by content.
    @Override
    public boolean equals(Object o) {
        return o instanceof ProphetSpec s && java.util.Arrays.equals(levels, s.levels)
                && java.util.Arrays.equals(fieldsButLevels(), s.fieldsButLevels());
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(fieldsButLevels()) + java.util.Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return "ProphetSpec" + java.util.Arrays.toString(fieldsButLevels()) + " levels " + java.util.Arrays.toString(
                levels);
    }

    private Object[] fieldsButLevels() {
        return new Object[] {growth, saturation, nChangepoints, changepointRange, changepoints, changepointPriorScale,
            seasonalities, autoSeasonality, dailyOrder, weeklyOrder, yearlyOrder, seasonalityPriorScale,
            seasonalityMode, events, regressors, uncertaintySamples, seed, intervalMethod, calibrationOrigins,
            calibrationHorizon, residualAr, trendDamping};
    }

    private static void positive(List<String> problems, String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            problems.add(what + " must be positive and finite, got " + v);
        }
    }

    private static void unique(List<String> problems, Set<String> names, String name) {
        if (!names.add(name)) {
            problems.add("component name '" + name + "' is used twice");
        }
    }
}
