package io.capacity.planner.sim;

import java.util.Currency;

/** Validation of the currency a simulation is priced in. */
public final class Currencies {
    private Currencies() {
    }

    /** The code itself when it is a known ISO 4217 code; otherwise an error naming the value. */
    public static String check(String code) {
        if (code == null) {
            throw new IllegalArgumentException("currency is required, e.g. EUR or USD");
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected an ISO 4217 currency code such as EUR or USD, got "
                    + code, e);
        }
    }
}
