package io.capacity.core.model.arima;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;
import java.util.Objects;

/**
 * Auto-ARIMA's choice refit without its search: the orders and constant it chose ({@code orders}) estimated again
 * on a new history. Cold (no {@code start}), it is estimated the way the search estimates its winner (CSS from the
 * origin, then exact likelihood, no standard errors), so on the same history the model equals the searching fit's.
 * Warm, exact likelihood starts from the last estimate's coefficients and skips CSS ({@link WarmRefit}, which falls
 * back to the cold estimate when the warm one fails or looks worse). Fails, as the search's refit does, when the
 * optimum has a root too close to the unit circle; the caller then searches again.
 *
 * @param search the auto-ARIMA spec that chose the orders (the fitted model reports it as its spec)
 * @param orders the chosen orders and constant, without regressors or fixed coefficients
 * @param start  the last estimate's coefficients in these orders (ar, ma, sar, sma, constant), or
 *               {@link StartValues#NONE} for a cold start
 */
public record ArimaRefitSpec(AutoArimaSpec search, ArimaSpec orders, StartValues start) implements ModelSpec {
    public ArimaRefitSpec {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(orders, "orders");
        start = start == null ? StartValues.NONE : start;
        if (orders.xreg().count() > 0 || !orders.fourier().isEmpty() || orders.fixed() != null) {
            throw new IllegalArgumentException("a cached ARIMA refit carries orders only, got " + orders);
        }
        int want = orders.order().armaCount() + orders.regressionCount();
        if (!start.isNone() && start.values().length != want) {
            throw new IllegalArgumentException("a warm start for " + orders + " needs " + want
                    + " coefficients, got " + start.values().length);
        }
    }

    /** A cold refit. */
    public ArimaRefitSpec(AutoArimaSpec search, ArimaSpec orders) {
        this(search, orders, StartValues.NONE);
    }

    @Override
    public String name() {
        return search.name();
    }

    @Override
    public ArimaModel fit(TimeSeries series) {
        return start.isNone() ? cold(series) : WarmRefit.fit(this, series);
    }

    /** The estimate from the origin, reporting its coefficients as an unchecked start. */
    ArimaModel cold(TimeSeries series) {
        ArimaModel model = Arima.fit(series, orders, search, true);
        if (RootCheck.minRoot(orders.order(), model.coefficients()) < RootCheck.MIN_ROOT) {
            throw new ArimaFitException(series.id() + ": " + orders + ": root inside " + RootCheck.MIN_ROOT
                    + " after the refit");
        }
        return model.withStart(StartValues.cold(model.coefficients()));
    }
}
