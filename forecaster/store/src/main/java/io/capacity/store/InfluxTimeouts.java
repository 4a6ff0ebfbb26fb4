package io.capacity.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the InfluxDB adapter waits, so a frozen or unreachable server never hangs a caller.
 *
 * @param connect       TCP connect timeout of every call; default {@link #DEFAULT_CONNECT}
 * @param read          time allowed for one query or write answer; default {@link #DEFAULT_READ}. It also bounds the
 *                      whole call (connect included), so no call outlives {@code connect + read}
 * @param seriesRefresh how often the series list is read again in the background; a list is at most this old plus
 *                      one query; default {@link #DEFAULT_SERIES_REFRESH}
 */
public record InfluxTimeouts(Duration connect, Duration read, Duration seriesRefresh) {
    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SERIES_REFRESH = Duration.ofSeconds(30);
    /** Health checks give up after this long at most (or after connect + read when that is shorter). */
    public static final Duration HEALTH_LIMIT = Duration.ofSeconds(5);
    public static final InfluxTimeouts DEFAULTS = new InfluxTimeouts(null, null, null);

    static final String CONNECT_VAR = "CAPACITY_INFLUX_CONNECT_TIMEOUT";
    static final String READ_VAR = "CAPACITY_INFLUX_READ_TIMEOUT";
    static final String REFRESH_VAR = "CAPACITY_INFLUX_SERIES_REFRESH";
    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    public InfluxTimeouts {
        connect = positive("connect timeout", connect, DEFAULT_CONNECT);
        read = positive("read timeout", read, DEFAULT_READ);
        seriesRefresh = positive("series refresh", seriesRefresh, DEFAULT_SERIES_REFRESH);
    }

    /** The deadline of a health check: {@link #HEALTH_LIMIT} or connect + read, whichever is shorter. */
    public Duration health() {
        Duration call = connect.plus(read);
        return call.compareTo(HEALTH_LIMIT) < 0 ? call : HEALTH_LIMIT;
    }

    /**
     * Reads {@code CAPACITY_INFLUX_CONNECT_TIMEOUT}, {@code CAPACITY_INFLUX_READ_TIMEOUT} and
     * {@code CAPACITY_INFLUX_SERIES_REFRESH} (e.g. {@code 500ms}, {@code 2s}, {@code 1m}); unset or empty means the
     * default. A bad value adds one line to {@code problems} and leaves the default in place.
     */
    static InfluxTimeouts fromEnvironment(Map<String, String> env, List<String> problems) {
        return new InfluxTimeouts(read(env, CONNECT_VAR, "--influx-connect-timeout", problems),
                read(env, READ_VAR, "--influx-read-timeout", problems),
                read(env, REFRESH_VAR, "--influx-series-refresh", problems));
    }

    /** Like {@link #fromEnvironment(Map, List)}, but a bad value throws with every problem listed. */
    public static InfluxTimeouts fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        InfluxTimeouts t = fromEnvironment(env, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return t;
    }

    private static Duration read(Map<String, String> env, String var, String flag, List<String> problems) {
        String text = env.get(var);
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        Duration d = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        if (d == null || d.isZero()) {
            problems.add(var + " (" + flag + "): '" + text + "' is not a positive duration; expected e.g. 500ms, "
                    + "2s or 1m");
            return null;
        }
        return d;
    }

    private static Duration positive(String what, Duration d, Duration fallback) {
        if (d == null) {
            return fallback;
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("InfluxDB " + what + " must be positive, got " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "connect " + connect.toMillis() + " ms, read " + connect.toMillis() + " ms, series refresh "
                + seriesRefresh.toMillis() + " ms";
    }
}
