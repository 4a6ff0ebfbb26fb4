package io.capacity.core.model.arima;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;
import java.util.Objects;

/**
 * Auto-ARIMA's choice refit without its search: the orders and constant it chose ({@code orders}) estimated again
 * on a new history the way the search estimates its winner (CSS from the origin, then exact likelihood, no
 * standard errors), so on the same history the model equals the searching fit's. The estimate is not warm-started
 * from the previous coefficients: starting the exact fit away from the origin can end on near-cancelling seasonal
 * factors (see {@link AutoArima}). Fails, as the search's refit does, when the optimum has a root too close to the
 * unit circle; the caller then searches again.
 *
 * @param search the auto-ARIMA spec that chose the orders (the fitted model reports it as its spec)
 * @param orders the chosen orders and constant, without regressors or fixed coefficients
 */
public record ArimaRefitSpec(AutoArimaSpec search, ArimaSpec orders) implements ModelSpec {
    public ArimaRefitSpec {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(orders, "orders");
        if (orders.xreg().count() > 0 || !orders.fourier().isEmpty() || orders.fixed() != null) {
            throw new IllegalArgumentException("a cached ARIMA refit carries orders only, got " + orders);
        }
    }

    @Override
    public String name() {
        return search.name();
    }

    @Override
    public ArimaModel fit(TimeSeries series) {
        ArimaModel model = Arima.fit(series, orders, search, true);
        if (RootCheck.minRoot(orders.order(), model.coefficients()) < RootCheck.MIN_ROOT) {
            throw new ArimaFitException(series.id() + ": " + orders + ": root inside " + RootCheck.MIN_ROOT
                    + " after the refit");
        }
        return model;
    }
}
