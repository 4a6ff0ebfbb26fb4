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

    /** A positive duration, or null when the text is not one. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
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

    /** A size in bytes, or -1 when the text is not one. */
    static long bytes(String text) {
        Matcher m = BYTES.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "KiB" -> n << 10;
            case "MiB" -> n << 20;
            case "GiB" -> n << 30;
            case "KB" -> n * 1000;
            case "MB" -> n * 1000_000;
            case "GB" -> n * 1000_000_000;
            default -> n;
        };
    }
}
