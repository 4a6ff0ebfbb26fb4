package io.capacity.core.select;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.model.arima.AutoArimaSpec;
import io.capacity.core.model.arima.FourierSeason;
import io.capacity.core.model.baseline.DriftSpec;
import io.capacity.core.model.baseline.MeanSpec;
import io.capacity.core.model.baseline.NaiveSpec;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.model.ets.EtsSpec;
import io.capacity.core.model.ets.Trend;
import io.capacity.core.model.global.GlobalSpec;
import io.capacity.core.model.global.LagDesign;
import io.capacity.core.model.mstl.MstlSpec;
import io.capacity.core.model.prophet.ProphetSpec;
import io.capacity.core.model.theta.ThetaSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The models a user can name ({@code --model}), built for a season, an optional second season and a horizon.
 * {@code auto} backtests every model per series and combines the best {@link #AUTO_MEMBERS} weighted by inverse
 * backtest MASE ({@code --ensemble none} picks the single best instead); {@code ensemble} takes the median of the best
 * three. Combining is the default because on M4 Hourly it beat picking the best (MASE 0.892 vs 0.972 without ARIMA
 * among the candidates, see docs/benchmarks.md): a few backtest windows rank close candidates unreliably. Five
 * members by 1/MASE^3 were better on M4 Hourly (0.842 against 0.850) but worse on NAB and the datacenter aggregates
 * (0.708 against 0.700, 0.806 against 0.741) and cost two more fits per series: three stay (docs/architecture.md).
 */
public final class ModelCatalog {
    public static final List<String> NAMES = List.of("auto", "ensemble", "auto-arima", "prophet", "prophet-damped",
            "ets", "theta", "mstl", "mstl-log", "global", "snaive", "snaive2", "naive", "drift", "mean");

    /** How many of the best-ranked candidates {@code auto} combines. */
    public static final int AUTO_MEMBERS = 3;

    private ModelCatalog() {
    }

    /**
     * @param season  main seasonal period in steps (1 for none)
     * @param season2 second seasonal period (e.g. 168 on hourly data), or 0
     * @param horizon steps to forecast (the automatic choice backtests at this horizon)
     */
    public static ModelSpec spec(String name, int season, int season2, int horizon) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "auto" -> auto(season, season2, horizon).withEnsemble(new Ensemble(Ensemble.Kind.INVERSE_ERROR,
                    AUTO_MEMBERS));
            case "ensemble" -> auto(season, season2, horizon).withEnsemble(new Ensemble(Ensemble.Kind.MEDIAN, 3));
            case "auto-arima", "arima" -> autoArima(season, season2);
            case "prophet" -> ProphetSpec.defaults();
            case "prophet-damped" -> prophetDamped(season);
            case "ets" -> new EtsSpec(Trend.AUTO, season);
            case "theta" -> new ThetaSpec(season);
            case "mstl" -> mstl(season, season2);
            case "mstl-log" -> mstl(season, season2).withLog(true);
            case "global" -> global(season, season2, horizon);
            case "snaive" -> new SeasonalNaiveSpec(season);
            case "snaive2" -> snaive2(season, season2);
            case "naive" -> new NaiveSpec();
            case "drift" -> new DriftSpec();
            case "mean" -> new MeanSpec();
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        };
    }

    /** The automatic choice over every single model in the catalogue, picking the best (no ensemble). */
    public static AutoSpec auto(int season, int season2, int horizon) {
        return AutoSpec.defaults(season, horizon).withCandidates(candidates(season, season2, horizon));
    }

    /**
     * Seasonal auto-ARIMA on the main season; a second season enters as Fourier pairs, K = 1..{@link #FOURIER_K}
     * chosen by AICc. Choosing reruns the order search for every K, so K is capped: up to 10 took 428 s on M4
     * Hourly's 414 series instead of 20 s without the second season; up to 3 took 3.4 times the plain search on the
     * first 100 series, for a MASE of 1.083 instead of 1.097 (a fixed K = 3 was worse: 1.172).
     */
    static AutoArimaSpec autoArima(int season, int season2) {
        AutoArimaSpec a = AutoArimaSpec.of(season);
        return season2 > 1 ? a.withFourier(List.of(new FourierSeason(season2, Math.min(season2 / 2, FOURIER_K))),
                true) : a;
    }

    /**
     * The Prophet-style model with its trend damped past the history so that it levels off after about one season
     * (the rate multiplied by {@code 1 - 1 / season} each step; by 0.5 without a season): the measured alternative to
     * the undamped default (docs/benchmarks.md, "Interval coverage").
     */
    static ModelSpec prophetDamped(int season) {
        return new Named("prophet-damped", ProphetSpec.builder().trendDamping(1 - 1.0 / Math.max(season, 2)).build());
    }

    /** Most Fourier pairs for a second season in auto-ARIMA (weekly on hourly data: periods 168, 84 and 56 h). */
    static final int FOURIER_K = 3;

    /** Daily and (when given) weekly profiles; a series without a season still gets one of period 2 removed. */
    static MstlSpec mstl(int season, int season2) {
        List<Integer> periods = new ArrayList<>();
        periods.add(Math.max(season, 2));
        if (season2 > season) {
            periods.add(season2);
        }
        return new MstlSpec(periods, 8, false, Trend.AUTO);
    }

    /**
     * The global model: lags of the second season (a week on hourly data) or else two main seasons, between
     * {@link #MIN_LAGS} and {@link #MAX_LAGS}; the horizon learnt directly; at most {@link #GLOBAL_WINDOWS} training
     * windows per series, the latest (this bounds the training time: on M4 Hourly one fit across 414 series takes
     * a few seconds of CPU).
     */
    static GlobalSpec global(int season, int season2, int horizon) {
        int lags = Math.max(MIN_LAGS, Math.min(MAX_LAGS, season2 > season ? season2 : 2 * season));
        return GlobalSpec.of(season, new LagDesign(lags, horizon, GLOBAL_RIDGE, 1, GLOBAL_WINDOWS));
    }

    static final int MIN_LAGS = 24;
    static final int MAX_LAGS = 512;
    static final int GLOBAL_WINDOWS = 1000;
    static final double GLOBAL_RIDGE = 1e-3;

    /** Seasonal naive on the second season (a week ago on hourly data), or on the main season without one. */
    static ModelSpec snaive2(int season, int season2) {
        return new Named("snaive2", new SeasonalNaiveSpec(season2 > 1 ? season2 : season));
    }

    /**
     * Auto-ARIMA joins as a candidate on the main season only: its search over weekly Fourier terms is what made it
     * too slow to backtest per series (minutes per series on M4 Hourly), while MSTL and Prophet already model the
     * second season. {@code --model auto-arima} with {@code --season2} still gets the Fourier terms.
     */
    static List<ModelSpec> candidates(int season, int season2, int horizon) {
        List<ModelSpec> c = new ArrayList<>();
        c.add(AutoArimaSpec.of(season));
        c.add(ProphetSpec.defaults());
        c.add(mstl(season, season2));
        c.add(new EtsSpec(Trend.AUTO, season));
        c.add(new ThetaSpec(season));
        c.addAll(AutoSpec.baselines(season));
        if (season2 > season) {
            c.add(snaive2(season, season2));
        }
        return c;
    }
}
