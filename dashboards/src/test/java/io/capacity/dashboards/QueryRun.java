package io.capacity.dashboards;

import io.capacity.dashboards.Dashboards.Dashboard;
import io.capacity.dashboards.Dashboards.Panel;
import io.capacity.dashboards.Dashboards.Target;
import io.capacity.dashboards.GrafanaTemplate.Range;
import io.capacity.dashboards.GrafanaTemplate.Selection;
import io.capacity.dashboards.GrafanaTemplate.Variable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What Grafana does to show one dashboard at a time range and a choice of variables: resolve the range, list each
 * variable's values with its query (later variables see earlier choices), and expand each panel's queries, once per
 * value of the variable the panel repeats over.
 */
final class QueryRun {
    /** Width of the browser window the panels' data points are computed for (Grafana asks for one per pixel). */
    static final int SCREEN_PIXELS = 1600;
    private static final Pattern RELATIVE = Pattern.compile("now(?:([+-])(\\d+)([smhdw]))?");

    final Dashboard dashboard;
    final Instant now;
    final String minInterval;
    final Map<String, Variable> variables = new LinkedHashMap<>();
    final Map<String, Selection> chosen = new LinkedHashMap<>();

    QueryRun(Dashboard dashboard, Instant now, String minInterval) {
        this.dashboard = dashboard;
        this.now = now;
        this.minInterval = minInterval;
    }

    /** The dashboard's own range ({@code time.from}, {@code time.to}), or a panel's {@code timeFrom} up to now. */
    Range range(Panel p) {
        if (!p.timeFrom().isEmpty()) {
            return new Range(resolve("now-" + p.timeFrom()), now.toEpochMilli());
        }
        return new Range(resolve(dashboard.root().path("time").path("from").asString()),
                resolve(dashboard.root().path("time").path("to").asString()));
    }

    long resolve(String text) {
        Matcher m = RELATIVE.matcher(text);
        if (!m.matches()) {
            throw new AssertionError(dashboard.file() + ": time " + text + " is not now, now-N or now+N");
        }
        if (m.group(1) == null) {
            return now.toEpochMilli();
        }
        long ms = GrafanaTemplate.intervalMs(m.group(2) + m.group(3));
        return now.plus(Duration.ofMillis(m.group(1).equals("+") ? ms : -ms)).toEpochMilli();
    }

    /** Registers a variable with the values its query listed and what is chosen of them. */
    void choose(JsonNode v, List<String> options, Selection s) {
        String allValue = v.path("allValue").isNull() ? null : v.path("allValue").asString(null);
        variables.put(v.path("name").asString(), new Variable(v.path("name").asString(), v.path("multi").asBoolean(),
                v.path("includeAll").asBoolean(), allValue, options));
        chosen.put(v.path("name").asString(), s);
    }

    /** A variable's query with the variables before it expanded (its range: the dashboard's). */
    String variableQuery(JsonNode v) {
        Range r = new Range(resolve(dashboard.root().path("time").path("from").asString()),
                resolve(dashboard.root().path("time").path("to").asString()));
        return GrafanaTemplate.expand(v.path("query").asString(), r, GrafanaTemplate.interval(r, SCREEN_PIXELS,
                minInterval), variables, chosen);
    }

    /** One expanded query of a panel instance. */
    record Expanded(Target target, String repeatValue, Range range, String query) {
        @Override
        public String toString() {
            return target + (repeatValue == null ? "" : " for " + repeatValue);
        }
    }

    /** The panel's queries expanded, once per value of its repeat variable (as Grafana repeats it). */
    List<Expanded> expand(Panel p) {
        List<String> repeats = new ArrayList<>();
        if (p.repeat().isEmpty()) {
            repeats.add(null);
        } else {
            Selection s = chosen.get(p.repeat());
            repeats.addAll(s.all() ? variables.get(p.repeat()).options() : s.values());
        }
        Range r = range(p);
        int points = p.node().path("maxDataPoints").asInt(
                Math.max(1, SCREEN_PIXELS * p.node().path("gridPos").path("w").asInt(24) / 24));
        GrafanaTemplate.Interval i = GrafanaTemplate.interval(r, points, minInterval);
        List<Expanded> out = new ArrayList<>();
        for (String value : repeats) {
            Map<String, Selection> scoped = new LinkedHashMap<>(chosen);
            if (value != null) {
                scoped.put(p.repeat(), Selection.of(List.of(value)));
            }
            for (Target t : p.targets()) {
                out.add(new Expanded(t, value, r, GrafanaTemplate.expand(t.query(), r, i, variables, scoped)));
            }
        }
        return out;
    }
}
