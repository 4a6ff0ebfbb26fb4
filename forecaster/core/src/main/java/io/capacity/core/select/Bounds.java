package io.capacity.core.select;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;

import java.util.ArrayList;
import java.util.List;

/**
 * Physical limits of a series (utilisation in [0, 100], fractions in [0, 1], rates and watts >= 0, a nameplate cap):
 * forecasts and intervals are truncated to them, since a bound the data can never cross is better information than
 * any model's Gaussian tail. Truncation moves only what lies outside: an interval that reaches below 0 ends at 0, a
 * mean above a cap is the cap. (Where a cap is a nameplate, the Prophet-style model also grows logistically towards
 * it: {@link BoundedSpec#of}.)
 */
public record Bounds(double lower, double upper) {
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);
    /** Percent of something: utilisation, used memory. */
    public static final Bounds PERCENT = new Bounds(0, 100);
    /** A share of a whole, 0 to 1. */
    public static final Bounds FRACTION = new Bounds(0, 1);

    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower >= upper || lower == Double.POSITIVE_INFINITY
                || upper == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("bounds need lower < upper, got [" + lower + ", " + upper + "]");
        }
    }

    public boolean none() {
        return lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY;
    }

    /** Whether there is a finite upper bound (a cap). */
    public boolean capped() {
        return upper != Double.POSITIVE_INFINITY;
    }

    /** The tighter of both on each side; fails when they do not overlap. */
    public Bounds intersect(Bounds o) {
        return new Bounds(Math.max(lower, o.lower), Math.min(upper, o.upper));
    }

    /** These bounds with their upper side at {@code cap}. */
    public Bounds withUpper(double cap) {
        return new Bounds(lower, cap);
    }

    public double clip(double v) {
        return Math.max(lower, Math.min(upper, v));
    }

    public Forecast clip(Forecast fc) {
        if (none()) {
            return fc;
        }
        List<PredictionInterval> pis = new ArrayList<>();
        for (PredictionInterval pi : fc.intervals()) {
            pis.add(new PredictionInterval(pi.level(), clip(pi.lower()), clip(pi.upper())));
        }
        return new Forecast(fc.seriesId(), fc.start(), fc.step(), clip(fc.mean()), pis, fc.fitted(), fc.residuals(),
                fc.method(), fc.spec(), fc.quality());
    }

    private double[] clip(double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = clip(a[i]);
        }
        return a;
    }

    /** As the command line takes them: {@code 0:100}, {@code 0:} (no upper bound), {@code :} (none). */
    public String text() {
        return side(lower) + ":" + side(upper);
    }

    private static String side(double v) {
        if (Double.isInfinite(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Reads {@link #text()}'s form: {@code LO:HI}, either side empty for none.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Bounds parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            throw new IllegalArgumentException("expected LO:HI with either side empty for none (e.g. 0:100 or 0:), got '"
                    + text + "'");
        }
        double lo = number(text.substring(0, colon).trim(), Double.NEGATIVE_INFINITY, text);
        double hi = number(text.substring(colon + 1).trim(), Double.POSITIVE_INFINITY, text);
        if (!(lo < hi)) {
            throw new IllegalArgumentException("expected LO below HI, got '" + text + "'");
        }
        return new Bounds(lo, hi);
    }

    private static double number(String s, double none, String text) {
        if (s.isEmpty()) {
            return none;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected LO:HI with numbers or empty sides (e.g. 0:100 or 0:), got '"
                + text + "'");
    }
}
