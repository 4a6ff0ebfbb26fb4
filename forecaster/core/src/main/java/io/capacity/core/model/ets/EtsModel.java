package io.capacity.core.model.ets;

import io.capacity.core.forecast.Residuals;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Intervals;
import io.capacity.core.forecast.Quality;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import java.util.Optional;

/**
 * A fitted additive-error ETS model. Intervals are Gaussian with the class-1 variance of Hyndman et al. (2008,
 * eq. 6.1): {@code sigma^2 (1 + sum_{j<h} c_j^2)}, {@code c_j = alpha + beta phi_j + gamma [j mod m = 0]}.
 */
public final class EtsModel implements FittedModel {
    private final EtsSpec spec;
    private final TimeSeries series;
    private final EtsParams params;
    private final EtsRecursion states;
    private final double sigma2;
    /** Whether this estimate came from a warm start, and one from its predecessor was checked against a cold fit. */
    private final boolean warm;
    private final boolean checked;

    private EtsModel(EtsSpec spec, TimeSeries series, EtsParams params, EtsRecursion states, double sigma2,
                     boolean warm, boolean checked) {
        this.spec = spec;
        this.series = series;
        this.params = params;
        this.states = states;
        this.sigma2 = sigma2;
        this.warm = warm;
        this.checked = checked;
    }

    /** This model, reporting its estimate as warm-started ({@code warm}) and {@code checked}. */
    EtsModel withStart(boolean warm, boolean checked) {
        return new EtsModel(spec, series, params, states, sigma2, warm, checked);
    }

    /** The smoothing weights alpha, beta, phi and gamma (0, 1 and 0 where the form has none). */
    @Override
    public Optional<StartValues> startValues() {
        return Optional.of(new StartValues(new double[] {params.alpha(), params.beta(), params.phi(),
                params.gamma()}, checked, warm));
    }

    /** The least-squares objective the fit minimised. */
    double sse() {
        return states.sse;
    }

    static EtsModel of(TimeSeries series, EtsSpec spec, EtsParams p) {
        EtsRecursion r = EtsRecursion.run(series.values(), p);
        int dof = Math.max(1, series.size() - p.freeParameters());
        return new EtsModel(spec, series, p, r, r.sse / dof, false, false);
    }

    /** AICc of the Gaussian likelihood, counting sigma as a parameter (R's {@code ets} convention). */
    double aicc() {
        int n = series.size();
        int k = params.freeParameters() + 1;
        double lik = n * Math.log(Math.max(states.sse, 1e-300));
        return n - k - 1 <= 0 ? Double.POSITIVE_INFINITY : lik + 2 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }

    @Override
    public String method() {
        String t = switch (params.trend()) {
            case NONE -> "N";
            case ADDITIVE -> "A";
            case DAMPED -> "Ad";
            case AUTO -> throw new IllegalStateException("a fitted model has a concrete trend");
        };
        return String.format("ETS(A,%s,%s) alpha=%.3f%s", t, params.period() > 1 ? "A" : "N", params.alpha(),
                params.trend() == Trend.DAMPED ? String.format(" phi=%.3f", params.phi()) : "");
    }

    /** The trend form estimated (never AUTO): a refit with it skips the AICc choice among the three. */
    public Trend trend() {
        return params.trend();
    }

    @Override
    public EtsSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        return states.fitted.clone();
    }

    @Override
    public double[] residuals() {
        return Residuals.of(series, fitted());
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        FittedModel.requireHorizon(horizon);
        int m = params.period();
        double[] mean = new double[horizon];
        double[] sd = new double[horizon];
        double cum = 0;
        for (int h = 1; h <= horizon; h++) {
            double seas = m > 1 ? states.season[(h - 1) % m] : 0;
            mean[h - 1] = states.level + params.dampedSum(h) * states.slope + seas;
            sd[h - 1] = Math.sqrt(sigma2 * (1 + cum));
            double c = params.alpha() + params.beta() * params.dampedSum(h) + (m > 1 && h % m == 0 ? params.gamma() : 0);
            cum += c * c;
        }
        return new Forecast(series.id(), series.timeAt(series.size()), series.step(), mean,
                Intervals.normal(mean, sd, levels), states.fitted, residuals(), method(), spec, Quality.ungraded());
    }
}
