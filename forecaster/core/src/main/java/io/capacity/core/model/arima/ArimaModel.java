package io.capacity.core.model.arima;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Quality;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import java.util.Optional;

/**
 * An immutable fitted ARIMA. Forecasts need future values of user regressors when the spec has any
 * ({@link #forecast(int, Regressors, double...)}); drift and Fourier terms are generated automatically.
 */
public final class ArimaModel implements FittedModel {
    private final TimeSeries series;
    private final ArimaSpec spec;
    private final ModelSpec requested;
    private final double[] coef;
    private final ArimaDiagnostics diagnostics;
    private final FinalPass pass;
    private final ArimaDesign design;
    /** Set by a cached refit ({@link ArimaRefitSpec}); null: derived from the fit ({@link #startValues()}). */
    private final StartValues start;

    ArimaModel(TimeSeries series, ArimaSpec spec, ModelSpec requested, double[] coef, ArimaDiagnostics diagnostics,
               FinalPass pass, ArimaDesign design) {
        this.series = series;
        this.spec = spec;
        this.requested = requested;
        this.coef = coef.clone();
        this.diagnostics = diagnostics;
        this.pass = pass;
        this.design = design;
        this.start = null;
    }

    private ArimaModel(ArimaModel m, StartValues start) {
        this.series = m.series;
        this.spec = m.spec;
        this.requested = m.requested;
        this.coef = m.coef;
        this.diagnostics = m.diagnostics;
        this.pass = m.pass;
        this.design = m.design;
        this.start = start;
    }

    /** This model, reporting {@code s} as where the next refit starts. */
    ArimaModel withStart(StartValues s) {
        return new ArimaModel(this, s);
    }

    /**
     * The coefficients, for a warm refit in the same orders: for auto-ARIMA's plain orders (no regressors, Fourier
     * terms or fixed coefficients, as {@link ArimaRefitSpec} refits them); empty for other ARIMA fits.
     */
    @Override
    public Optional<StartValues> startValues() {
        if (start != null) {
            return Optional.of(start);
        }
        boolean plain = spec.xreg().count() == 0 && spec.fourier().isEmpty() && spec.fixed() == null;
        return requested instanceof AutoArimaSpec && plain ? Optional.of(StartValues.cold(coef))
                : Optional.empty();
    }

    @Override
    public String method() {
        return spec.toString();
    }

    /** The spec asked for: an {@link ArimaSpec}, or the auto spec that chose {@link #arimaSpec()}. */
    @Override
    public ModelSpec spec() {
        return requested;
    }

    /** The ARIMA actually fitted (for auto-ARIMA, the chosen orders). */
    public ArimaSpec arimaSpec() {
        return spec;
    }

    public ArimaDiagnostics diagnostics() {
        return diagnostics;
    }

    /** All coefficients in the order ar, ma, sar, sma, intercept/drift, xreg, Fourier. */
    public double[] coefficients() {
        return coef.clone();
    }

    @Override
    public double[] fitted() {
        return pass.fitted().clone();
    }

    /** Standardised one-step innovations (as R's {@code residuals(arima)}), NaN for the first d + Dm steps. */
    @Override
    public double[] residuals() {
        return pass.residuals().clone();
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        return forecast(horizon, Regressors.NONE, levels);
    }

    /** Forecast with future values of the user regressors ({@code horizon} rows each). */
    public Forecast forecast(int horizon, Regressors futureXreg, double... levels) {
        FittedModel.requireHorizon(horizon);
        double[][] xf = design.futureColumns(horizon, futureXreg);
        ArimaForecaster.Paths paths = ArimaForecaster.paths(spec.order(), pass, coef, xf, diagnostics.sigma2(),
                horizon);
        return new Forecast(series.id(), series.timeAt(series.size()), series.step(), paths.mean(),
                ArimaForecaster.intervals(paths, levels), pass.fitted(), pass.residuals(), method(), requested,
                quality());
    }

    /** Graded from the fit alone; a backtest may regrade it. */
    public Quality quality() {
        ArimaDiagnostics d = diagnostics;
        if (!Double.isFinite(d.sigma2()) || d.sigma2() <= 0) {
            return new Quality(Grade.BAD, "innovation variance " + d.sigma2() + " is not positive");
        }
        if (!d.converged()) {
            return new Quality(Grade.UNCERTAIN, "optimiser did not converge (" + d.optimizerMessage()
                    + "); try a simpler order");
        }
        if (d.ljungBoxPValue() < 0.01) {
            return new Quality(Grade.UNCERTAIN, String.format(java.util.Locale.ROOT,
                    "residuals autocorrelated (Ljung-Box p=%.3g at lag %d); try larger orders", d.ljungBoxPValue(),
                    d.ljungBoxLag()));
        }
        return new Quality(Grade.GOOD, String.format(java.util.Locale.ROOT,
                "converged; residuals white (Ljung-Box p=%.3g at lag %d); not backtested", d.ljungBoxPValue(),
                d.ljungBoxLag()));
    }

    @Override
    public String toString() {
        return method() + String.format(java.util.Locale.ROOT, " sigma2=%.6g loglik=%.4f AICc=%.4f",
                diagnostics.sigma2(), diagnostics.logLik(), diagnostics.aicc());
    }
}
