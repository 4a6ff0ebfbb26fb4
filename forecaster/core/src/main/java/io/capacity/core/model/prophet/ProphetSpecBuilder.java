package io.capacity.core.model.prophet;

import io.capacity.core.forecast.Forecast;
import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link ProphetSpec}; the named constants are the defaults (Prophet's, unless noted). */
public final class ProphetSpecBuilder {
    public static final int DEFAULT_N_CHANGEPOINTS = 25;
    public static final double DEFAULT_CHANGEPOINT_RANGE = 0.8;
    public static final double DEFAULT_CHANGEPOINT_PRIOR_SCALE = 0.05;
    public static final int DEFAULT_UNCERTAINTY_SAMPLES = 1000;
    public static final long DEFAULT_SEED = 42L;
    /** Two windows: one alone gives a noisy scale, more cost a fit each for little gain (measured on M4). */
    public static final int DEFAULT_CALIBRATION_ORIGINS = 2;
    /**
     * Undamped, as Prophet extrapolates. Damping to about one season ({@code prophet-damped}) changed MASE by under
     * 2 % either way (better on M4 Hourly, the Azure VMs and the datacenter aggregates, worse on NAB) and widened
     * M4's MSIS from 8.29 to 8.57 (docs/benchmarks.md, "Interval coverage"): no clear gain, so not the default.
     */
    public static final double DEFAULT_TREND_DAMPING = 1.0;

    private Growth growth = Growth.LINEAR;
    private Saturation saturation;
    private int nChangepoints = DEFAULT_N_CHANGEPOINTS;
    private double changepointRange = DEFAULT_CHANGEPOINT_RANGE;
    private List<Integer> changepoints = new ArrayList<>();
    private double changepointPriorScale = DEFAULT_CHANGEPOINT_PRIOR_SCALE;
    private final List<Seasonality> seasonalities = new ArrayList<>();
    private boolean autoSeasonality = true;
    private int dailyOrder = Seasonality.DAILY_ORDER;
    private int weeklyOrder = Seasonality.WEEKLY_ORDER;
    private int yearlyOrder = Seasonality.YEARLY_ORDER;
    private double seasonalityPriorScale = Seasonality.DEFAULT_PRIOR_SCALE;
    private Mode seasonalityMode = Mode.ADDITIVE;
    private final List<Event> events = new ArrayList<>();
    private final List<Regressor> regressors = new ArrayList<>();
    private double[] levels = Forecast.DEFAULT_LEVELS.clone();
    private int uncertaintySamples = DEFAULT_UNCERTAINTY_SAMPLES;
    private long seed = DEFAULT_SEED;
    private IntervalMethod intervalMethod = IntervalMethod.BACKTEST;
    private int calibrationOrigins = DEFAULT_CALIBRATION_ORIGINS;
    private int calibrationHorizon;
    private boolean residualAr = true;
    private double trendDamping = DEFAULT_TREND_DAMPING;

    ProphetSpecBuilder() {
    }

    ProphetSpecBuilder(ProphetSpec s) {
        growth = s.growth();
        saturation = s.saturation();
        nChangepoints = s.nChangepoints();
        changepointRange = s.changepointRange();
        changepoints = new ArrayList<>(s.changepoints());
        changepointPriorScale = s.changepointPriorScale();
        seasonalities.addAll(s.seasonalities());
        autoSeasonality = s.autoSeasonality();
        dailyOrder = s.dailyOrder();
        weeklyOrder = s.weeklyOrder();
        yearlyOrder = s.yearlyOrder();
        seasonalityPriorScale = s.seasonalityPriorScale();
        seasonalityMode = s.seasonalityMode();
        events.addAll(s.events());
        regressors.addAll(s.regressors());
        levels = s.levels();
        uncertaintySamples = s.uncertaintySamples();
        seed = s.seed();
        intervalMethod = s.intervalMethod();
        calibrationOrigins = s.calibrationOrigins();
        calibrationHorizon = s.calibrationHorizon();
        residualAr = s.residualAr();
        trendDamping = s.trendDamping();
    }

    public ProphetSpecBuilder linear() {
        growth = Growth.LINEAR;
        saturation = null;
        return this;
    }

    /** Logistic growth between floor and cap; utilisation in percent: {@code logistic(Saturation.cap(100))}. */
    public ProphetSpecBuilder logistic(Saturation s) {
        growth = Growth.LOGISTIC;
        saturation = s;
        return this;
    }

    public ProphetSpecBuilder nChangepoints(int n) {
        nChangepoints = n;
        return this;
    }

    public ProphetSpecBuilder changepointRange(double r) {
        changepointRange = r;
        return this;
    }

    /** Explicit changepoints as indices into the history (overrides the automatic placement). */
    public ProphetSpecBuilder changepoints(List<Integer> indices) {
        changepoints = new ArrayList<>(indices);
        return this;
    }

    public ProphetSpecBuilder changepointPriorScale(double s) {
        changepointPriorScale = s;
        return this;
    }

    public ProphetSpecBuilder seasonality(Seasonality s) {
        seasonalities.add(s);
        return this;
    }

    /** Replaces every explicit seasonality. */
    public ProphetSpecBuilder seasonalities(List<Seasonality> all) {
        seasonalities.clear();
        seasonalities.addAll(all);
        return this;
    }

    public ProphetSpecBuilder autoSeasonality(boolean on) {
        autoSeasonality = on;
        return this;
    }

    public ProphetSpecBuilder autoOrders(int daily, int weekly, int yearly) {
        dailyOrder = daily;
        weeklyOrder = weekly;
        yearlyOrder = yearly;
        return this;
    }

    public ProphetSpecBuilder seasonalityPriorScale(double s) {
        seasonalityPriorScale = s;
        return this;
    }

    /** Default mode of seasonalities, events and regressors that do not set their own. */
    public ProphetSpecBuilder seasonalityMode(Mode m) {
        seasonalityMode = m;
        return this;
    }

    public ProphetSpecBuilder event(Event e) {
        events.add(e);
        return this;
    }

    public ProphetSpecBuilder regressor(Regressor r) {
        regressors.add(r);
        return this;
    }

    public ProphetSpecBuilder levels(double... l) {
        levels = l.clone();
        return this;
    }

    public ProphetSpecBuilder uncertaintySamples(int n) {
        uncertaintySamples = n;
        return this;
    }

    public ProphetSpecBuilder seed(long s) {
        seed = s;
        return this;
    }

    public ProphetSpecBuilder intervalMethod(IntervalMethod m) {
        intervalMethod = m;
        return this;
    }

    public ProphetSpecBuilder calibration(int origins, int horizon) {
        calibrationOrigins = origins;
        calibrationHorizon = horizon;
        return this;
    }

    /** Residual autoregression on the point forecast (default on); off reproduces Prophet's model. */
    public ProphetSpecBuilder residualAr(boolean on) {
        residualAr = on;
        return this;
    }

    /**
     * Damps the trend past the history: its rate is multiplied by {@code phi} each step, so the trend levels off after
     * about {@code 1 / (1 - phi)} steps; 1 (the default) does not damp.
     */
    public ProphetSpecBuilder trendDamping(double phi) {
        trendDamping = phi;
        return this;
    }

    public ProphetSpec build() {
        return new ProphetSpec(growth, saturation, nChangepoints, changepointRange, changepoints,
                changepointPriorScale, seasonalities, autoSeasonality, dailyOrder, weeklyOrder, yearlyOrder,
                seasonalityPriorScale, seasonalityMode, events, regressors, levels, uncertaintySamples, seed,
                intervalMethod, calibrationOrigins, calibrationHorizon, residualAr, trendDamping);
    }
}
