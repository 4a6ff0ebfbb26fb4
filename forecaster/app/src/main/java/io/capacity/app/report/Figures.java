package io.capacity.app.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the report writes its figures: the same text in every format, and what a test reads back from the PDF. */
public final class Figures {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ROOT);

    private Figures() {
    }

    /** A quantity with one decimal ({@code 1234.5}); {@code -} when not finite. */
    public static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "-";
    }

    /** Money with two decimals and the currency ({@code 12.34 EUR}). */
    public static String money(double v, String currency) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %s", v, currency) : "-";
    }

    /** A share 0..1 as a whole percentage ({@code 93 %}). */
    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f %%", share * 100) : "-";
    }

    /** A change as a signed percentage ({@code +4.2 %}). */
    public static String change(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%+.1f %%", fraction * 100) : "-";
    }

    /** A MASE with two decimals. */
    public static String mase(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
    }

    /** Days with one decimal ({@code 9.5 days}); {@code beyond the horizon} when empty. */
    public static String days(Optional<Duration> d) {
        return d.map(x -> String.format(Locale.ROOT, "%.1f days", x.toSeconds() / 86_400.0))
                .orElse("beyond the horizon");
    }

    public static String time(Instant t, ZoneId zone) {
        return t == null ? "-" : DAY_TIME.format(t.atZone(zone));
    }

    public static String day(Instant t, ZoneId zone) {
        return DAY.format(t.atZone(zone));
    }
}
