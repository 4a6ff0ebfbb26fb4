package io.capacity.planner.model;

/**
 * How capex is spread over a host's lifetime. Straight line books {@code price / lifetime} a year; declining
 * balance books a fixed fraction {@code factor / lifetime} of the remaining value a year and writes off what is
 * left at the end of the lifetime.
 *
 * @param method straight line or declining balance
 * @param factor declining-balance factor (2 = double declining); ignored for straight line
 */
public record Depreciation(Method method, double factor) {
    public enum Method { STRAIGHT_LINE, DECLINING_BALANCE }

    public static final Depreciation STRAIGHT = new Depreciation(Method.STRAIGHT_LINE, 1);

    public Depreciation {
        if (method == null) {
            throw new IllegalArgumentException("depreciation method is required");
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("depreciation factor must be positive, got " + factor);
        }
    }

    /** The method as the inventory writes it: straight-line or declining-balance. */
    public String describe() {
        return method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Depreciation decliningBalance(double factor) {
        return new Depreciation(Method.DECLINING_BALANCE, factor);
    }

    /** Book value at {@code ageYears} after purchase. */
    public double bookValue(double price, double lifetimeYears, double ageYears) {
        if (ageYears <= 0) {
            return price;
        }
        if (ageYears >= lifetimeYears) {
            return 0;
        }
        if (method == Method.STRAIGHT_LINE) {
            return price * (1 - ageYears / lifetimeYears);
        }
        double rate = Math.min(1, factor / lifetimeYears);
        return price * Math.pow(1 - rate, ageYears);
    }

    /** Depreciation charged between two ages: the fall in book value. */
    public double charge(double price, double lifetimeYears, double fromAge, double toAge) {
        return bookValue(price, lifetimeYears, fromAge) - bookValue(price, lifetimeYears, toAge);
    }

    public String formula() {
        return method == Method.STRAIGHT_LINE ? "price * (to_age - from_age) / lifetime"
                : "price * ((1 - f/lifetime)^from_age - (1 - f/lifetime)^to_age), rest written off at lifetime";
    }
}
