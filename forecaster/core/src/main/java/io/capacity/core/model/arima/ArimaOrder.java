package io.capacity.core.model.arima;

/**
 * Orders of a seasonal ARIMA (p,d,q)(P,D,Q)[m]. A period of 1 means no seasonal part, so P, D and Q must be 0.
 */
public record ArimaOrder(int p, int d, int q, int sp, int sd, int sq, int period) {
    public ArimaOrder {
        requireNonNegative("p", p);
        requireNonNegative("d", d);
        requireNonNegative("q", q);
        requireNonNegative("P", sp);
        requireNonNegative("D", sd);
        requireNonNegative("Q", sq);
        if (period < 1) {
            throw new IllegalArgumentException("seasonal period must be >= 1, got " + period);
        }
        if (period == 1 && (sp > 0 || sd > 0 || sq > 0)) {
            throw new IllegalArgumentException("seasonal orders (" + sp + "," + sd + "," + sq
                    + ") need a seasonal period > 1, got period 1");
        }
        if (d > 3 || sd > 2) {
            throw new IllegalArgumentException("differencing d=" + d + ", D=" + sd + " is beyond d<=3, D<=2");
        }
    }

    public static ArimaOrder of(int p, int d, int q) {
        return new ArimaOrder(p, d, q, 0, 0, 0, 1);
    }

    public static ArimaOrder of(int p, int d, int q, int sp, int sd, int sq, int period) {
        return new ArimaOrder(p, d, q, sp, sd, sq, period);
    }

    /** Number of ARMA coefficients (ar, ma, sar, sma). */
    public int armaCount() {
        return p + q + sp + sq;
    }

    /** Total differencing degree d + D*m: observations lost to differencing. */
    public int differencedLength() {
        return d + sd * period;
    }

    /** Degree of the expanded AR polynomial, p + P*m. */
    public int fullAr() {
        return p + sp * period;
    }

    /** Degree of the expanded MA polynomial, q + Q*m. */
    public int fullMa() {
        return q + sq * period;
    }

    public boolean seasonal() {
        return period > 1 && (sp > 0 || sd > 0 || sq > 0);
    }

    private static void requireNonNegative(String name, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("order " + name + " must be >= 0, got " + v);
        }
    }

    @Override
    public String toString() {
        String s = "ARIMA(" + p + "," + d + "," + q + ")";
        return seasonal() ? s + "(" + sp + "," + sd + "," + sq + ")[" + period + "]" : s;
    }
}
