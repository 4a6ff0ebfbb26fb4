package io.capacity.planner.yaml;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for inventory scalars; each returns null when the text does not parse, so callers report it. */
public final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|min|h|d)");

    private Values() {
    }

    public static Double number(String s) {
        try {
            double d = Double.parseDouble(s.replace("_", ""));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 2h}, {@code 30d} or ISO-8601 {@code PT5M}. */
    public static Duration duration(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1));
            double seconds = switch (m.group(2)) {
                case "s" -> v;
                case "m", "min" -> v * 60;
                case "h" -> v * 3600;
                default -> v * 86400;
            };
            return Duration.ofMillis(Math.round(seconds * 1000));
        }
        try {
            return Duration.parse(s.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
