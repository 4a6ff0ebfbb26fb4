package io.capacity.dashboards;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Expands a raw InfluxQL query the way Grafana's InfluxDB datasource does before sending it (learnt from Grafana's
 * {@code public/app/plugins/datasource/influxdb/datasource.ts}, {@code packages/grafana-data/.../rangeutil.ts} and
 * their tests):
 * <ul>
 *   <li>{@code $timeFilter}: {@code time >= FROMms and time <= TOms}, absolute millisecond bounds (Grafana keeps
 *       {@code now()} only for the literal ranges {@code now} and {@code now-Nu}; {@code now+7d} is absolute);</li>
 *   <li>{@code $__interval} and its old name {@code $interval}: the range over the panel's data points, rounded to
 *       Grafana's ladder ({@link #roundInterval}), at least the datasource's minimum interval, written as
 *       {@code secondsToHms} does ({@code 15m}, {@code 1h}, {@code 500ms}); {@code $__interval_ms} in milliseconds;</li>
 *   <li>a variable that is multi-value or has "All": each value regex-escaped ({@link #regexEscape}), one value
 *       alone, several joined as {@code (a|b)}; "All" with a custom all value is that value, unescaped; a variable
 *       that is neither: escaped as a regex unless it reads as a number.</li>
 * </ul>
 * Variables are written {@code $name}, {@code ${name}} or {@code [[name]]}; names Grafana does not know stay as
 * they are.
 */
final class GrafanaTemplate {
    private static final Pattern VARIABLE =
            Pattern.compile("\\$(\\w+)|\\[\\[(\\w+?)]]|\\$\\{(\\w+)}");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+|Infinity)");
    private static final Pattern REGEX_SPECIAL = Pattern.compile("[$^*{}\\[\\]'+?.()|/]");

    private GrafanaTemplate() {
    }

    /** A dashboard time range in epoch milliseconds. */
    record Range(long fromMs, long toMs) {
        Range {
            if (toMs <= fromMs) {
                throw new IllegalArgumentException("empty range " + fromMs + ".." + toMs);
            }
        }

        String timeFilter() {
            return "time >= " + fromMs + "ms and time <= " + toMs + "ms";
        }
    }

    /** What a variable is set to: "All", or the values chosen. */
    record Selection(boolean all, List<String> values) {
        Selection {
            values = List.copyOf(values);
        }

        static Selection ofAll() {
            return new Selection(true, List.of());
        }

        static Selection of(List<String> values) {
            return new Selection(false, values);
        }
    }

    /** A template variable's flags that decide its formatting. */
    record Variable(String name, boolean multi, boolean includeAll, String allValue, List<String> options) {
        Variable {
            options = List.copyOf(options);
        }
    }

    /** The interval Grafana computes for a panel, in ms and as text. */
    record Interval(long ms, String text) {
    }

    static Interval interval(Range r, int maxDataPoints, String minInterval) {
        long ms = roundInterval((r.toMs() - r.fromMs()) / (double) maxDataPoints);
        long low = minInterval == null || minInterval.isEmpty() ? 1 : intervalMs(minInterval);
        ms = Math.max(ms, low);
        return new Interval(ms, secondsToHms(ms / 1000.0));
    }

    static String expand(String query, Range r, Interval i, Map<String, Variable> vars,
                         Map<String, Selection> chosen) {
        Matcher m = VARIABLE.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = switch (name) {
                case "timeFilter" -> r.timeFilter();
                case "__interval", "interval" -> i.text();
                case "__interval_ms" -> Long.toString(i.ms());
                default -> vars.containsKey(name) && chosen.containsKey(name)
                        ? format(vars.get(name), chosen.get(name)) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String format(Variable v, Selection s) {
        if (s.all() && v.allValue() != null && !v.allValue().isEmpty()) {
            return v.allValue();
        }
        List<String> values = s.all() ? v.options() : s.values();
        if (!v.multi() && !v.includeAll()) {
            String one = values.get(0);
            return isNumber(one) ? one : regularEscape(one);
        }
        List<String> escaped = values.stream().map(GrafanaTemplate::regexEscape).toList();
        return escaped.size() == 1 ? escaped.get(0) : escaped.stream().collect(Collectors.joining("|", "(", ")"));
    }

    /** A backslash doubled, then each of {@code $^*{}[]'+?.()|/} preceded by a backslash. */
    static String regexEscape(String value) {
        return REGEX_SPECIAL.matcher(value.replace("\\", "\\\\")).replaceAll("\\\\$0");
    }

    /** Grafana's {@code escapeRegex}: the characters special in a JavaScript regex. */
    static String regularEscape(String value) {
        return value.replaceAll("[\\\\^$*+?.()|{}\\[\\]/-]", "\\\\$0");
    }

    /** JavaScript's {@code !isNaN(parseFloat(s))}: the text starts with a number. */
    private static boolean isNumber(String s) {
        return NUMBER_PREFIX.matcher(s).lookingAt();
    }

    /** Grafana's interval ladder (rangeutil.roundInterval), in ms. */
    static long roundInterval(double ms) {
        long[][] ladder = {{10, 1}, {15, 10}, {35, 20}, {75, 50}, {150, 100}, {350, 200}, {750, 500},
            {1_500, 1_000}, {3_500, 2_000}, {7_500, 5_000}, {12_500, 10_000}, {17_500, 15_000}, {25_000, 20_000},
            {45_000, 30_000}, {90_000, 60_000}, {210_000, 120_000}, {450_000, 300_000}, {750_000, 600_000},
            {1_050_000, 900_000}, {1_500_000, 1_200_000}, {2_700_000, 1_800_000}, {5_400_000, 3_600_000},
            {9_000_000, 7_200_000}, {16_200_000, 10_800_000}, {32_400_000, 21_600_000}, {86_400_000, 43_200_000},
            {604_800_000, 86_400_000}, {1_814_400_000, 604_800_000}, {3_628_800_000L, 2_592_000_000L}};
        for (long[] step : ladder) {
            if (ms < step[0]) {
                return step[1];
            }
        }
        return 31_536_000_000L;
    }

    /** Grafana's secondsToHms: the largest whole unit only. */
    static String secondsToHms(double seconds) {
        long[] size = {31_536_000, 86_400, 3_600, 60, 1};
        String[] unit = {"y", "d", "h", "m", "s"};
        double rest = seconds;
        for (int k = 0; k < size.length; k++) {
            long n = (long) Math.floor(rest / size[k]);
            if (n > 0) {
                return n + unit[k];
            }
            rest = rest % size[k];
        }
        long ms = (long) Math.floor(seconds * 1000);
        return ms > 0 ? ms + "ms" : "less than a millisecond";
    }

    static long intervalMs(String text) {
        Matcher m = Pattern.compile("(\\d+)(ms|[smhdwy])").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("interval " + text + ": expected a number and ms, s, m, h, d, w or y");
        }
        long n = Long.parseLong(m.group(1));
        return n * switch (m.group(2)) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            case "w" -> 604_800_000L;
            default -> 31_536_000_000L;
        };
    }
}
