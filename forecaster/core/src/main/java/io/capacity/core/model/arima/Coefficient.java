package io.capacity.core.model.arima;

/**
 * One estimated (or fixed) coefficient with R's name for it: ar1, ma1, sar1, sma1, intercept, drift, or the
 * regressor's name. The standard error is NaN for fixed coefficients or when the Hessian is not positive definite.
 */
public record Coefficient(String name, double value, double stdError, boolean fixed) {
    public Coefficient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("coefficient name must not be blank, got '" + name + "'");
        }
    }
}
