package io.capacity.collectors.agent;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the config file's durations ({@code 500ms, 10s, 5m, 1h}) and sizes ({@code 4096, 64MiB, 2GB}). */
final class Units {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern BYTES = Pattern.compile("(\\d+)\\s*(|B|KiB|MiB|GiB|KB|MB|GB)");

    private Units() {
    }

    /** A positive duration, or null when the text is not one (or too long to represent, over a century). */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || m.group(1).length() > 12 || Long.parseLong(m.group(1)) == 0) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /** A size in bytes, or -1 when the text is not one or does not fit in 63 bits. */
    static long bytes(String text) {
        Matcher m = BYTES.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        try {
            long n = Long.parseLong(m.group(1));
            return Math.multiplyExact(n, switch (m.group(2)) {
                case "KiB" -> 1L << 10;
                case "MiB" -> 1L << 20;
                case "GiB" -> 1L << 30;
                case "KB" -> 1000L;
                case "MB" -> 1000_000L;
                case "GB" -> 1000_000_000L;
                default -> 1L;
            });
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    /** A duration as the config file writes them: the largest unit that divides it ({@code 1500ms}, {@code 10s}). */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** A size as the config file writes them: {@code 4KiB}, {@code 1TiB}, or plain bytes. */
    static String formatBytes(long n) {
        String[] units = {"TiB", "GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (40 - 10 * i);
            if (n >= unit && n % unit == 0) {
                return n / unit + units[i];
            }
        }
        return Long.toString(n);
    }
}
