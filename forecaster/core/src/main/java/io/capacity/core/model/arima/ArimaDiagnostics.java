package io.capacity.core.model.arima;

import java.util.List;

/**
 * Fit statistics of an ARIMA: innovation variance (as {@code forecast::Arima}, residual sum of squares over
 * n - d - Dm - free coefficients; this is what intervals use, {@code sigma2Mle} is the likelihood's), likelihood and information criteria (as R's {@code Arima}:
 * npar counts estimated coefficients plus sigma^2, AICc and BIC use n - d - Dm), coefficients, a Ljung-Box test of
 * the residuals with degrees of freedom reduced by the ARMA order, and how the optimiser ended.
 */
public record ArimaDiagnostics(double sigma2, double sigma2Mle, double logLik, double aic, double aicc, double bic, int nobs,
                               List<Coefficient> coefficients, double ljungBoxStatistic, int ljungBoxLag,
                               double ljungBoxPValue, FitMethod method, boolean converged, int iterations,
                               int evaluations, String optimizerMessage) {
    public ArimaDiagnostics {
        coefficients = List.copyOf(coefficients);
    }

    /** The coefficient with this name. */
    public Coefficient coefficient(String name) {
        return coefficients.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no coefficient named " + name + " in " + coefficients.stream()
                        .map(Coefficient::name).toList()));
    }

    /** -2 log L + 2 npar, plus the small-sample correction, from a log-likelihood and counts. */
    static double[] criteria(double loglik, int npar, int nstar) {
        double aic = -2 * loglik + 2 * npar;
        double aicc = nstar - npar - 1 > 0 ? aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1) : Double.POSITIVE_INFINITY;
        double bic = aic + npar * (Math.log(nstar) - 2);
        return new double[] {aic, aicc, bic};
    }
}
