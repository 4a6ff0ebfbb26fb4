package io.capacity.dashboards;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.capacity.dashboards.Dashboards.Dashboard;
import io.capacity.dashboards.Dashboards.Panel;
import io.capacity.dashboards.GrafanaTemplate.Selection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every variable and panel query of every dashboard, expanded as Grafana's InfluxDB datasource expands it
 * ({@link GrafanaTemplate}, {@link QueryRun}) and executed against a real influxd (testkit) filled by the demo fleet
 * and two pipeline runs ({@link FleetData}), once with "All" and once with the first, middle and last values of
 * each variable (regex-escaped, joined as {@code (a|b|c)}): no error,
 * a non-empty result, every column the outer {@code SELECT} names, every tag its alias names, every series name its
 * overrides match (the fill between the bands), and future points where the panel shows forecasts or the plan. The
 * same against the data as Telegraf writes it, except the agent's own health, which Telegraf does not write.
 */
class PanelQueriesTest {
    @TestFactory
    Stream<DynamicNode> everyQueryAnswersOnOurCollectorsData() {
        return forData(FleetData.ours(), Dashboards.all());
    }

    @TestFactory
    Stream<DynamicNode> everyQueryAnswersOnTelegrafNamedData() {
        return forData(FleetData.telegraf(), Dashboards.all().stream()
                .filter(d -> !d.uid().equals("capacity-agent")).toList());
    }

    /** A panel whose every query reads a measurement Telegraf never writes (dashboards/README.md says what shows). */
    static boolean onlyOurs(Panel p) {
        return p.targets().stream().allMatch(t -> TelegrafShaped.NOT_WRITTEN.stream()
                .anyMatch(m -> t.query().contains("FROM \"" + m + "\"")));
    }

    private static Stream<DynamicNode> forData(FleetData data, List<Dashboard> dashboards) {
        List<DynamicNode> out = new ArrayList<>();
        for (Dashboard d : dashboards) {
            for (boolean all : new boolean[] {true, false}) {
                out.add(dynamicContainer(d.uid() + (all ? " with All" : " with three values of each variable"),
                        scenario(data, d, all)));
            }
        }
        return out.stream();
    }

    /** Lists the variables' values in order (each query seeing the choices before it), then runs every panel. */
    private static Stream<DynamicNode> scenario(FleetData data, Dashboard d, boolean all) {
        QueryRun run = new QueryRun(d, FleetData.NOW, ProvisioningTest.minInterval());
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode v : d.variables()) {
            String q = run.variableQuery(v);
            Influx.Statement st = data.influx.query(q);
            assertNull(st.error(), d.uid() + ": variable " + v.path("name").asString() + ": " + q);
            List<String> values = st.series().stream().flatMap(s -> s.values().stream())
                    .map(r -> String.valueOf(r.get(1))).distinct().sorted().toList();
            tests.add(dynamicTest("variable " + v.path("name").asString() + " lists values",
                    () -> assertFalse(values.isEmpty(), data + ": " + q + " listed nothing")));
            if (values.isEmpty()) {
                continue;
            }
            run.choose(v, values, all ? Selection.ofAll() : Selection.of(firstMiddleLast(values)));
        }
        for (Panel p : d.panels()) {
            if (p.targets().isEmpty()) {
                continue;
            }
            if (data.telegraf && onlyOurs(p)) {
                tests.add(dynamicTest(p.title() + " has nothing to read on a Telegraf site",
                        () -> assertPanelEmpty(data, run, p)));
                continue;
            }
            tests.add(dynamicTest(p.title(), () -> assertPanel(data, run, p)));
        }
        return tests.stream();
    }

    /** Runs without error and finds nothing: what dashboards/README.md says a Telegraf site sees there. */
    private static void assertPanelEmpty(FleetData data, QueryRun run, Panel p) {
        for (QueryRun.Expanded e : run.expand(p)) {
            Influx.Statement st = data.influx.query(e.query());
            assertNull(st.error(), "InfluxDB error " + st.error() + " in " + data + ": " + e.query());
            assertTrue(st.series().stream().noneMatch(s -> s.filledRows() > 0), data + ": " + e.query());
        }
    }

    private static void assertPanel(FleetData data, QueryRun run, Panel p) {
        Set<String> produced = new LinkedHashSet<>();
        for (QueryRun.Expanded e : run.expand(p)) {
            String where = data + ": " + e + ": " + e.query();
            if (e.repeatValue() != null && data.withoutPower(e.repeatValue()) && readsPower(e.query())) {
                Influx.Statement none = data.influx.query(e.query());
                assertNull(none.error(), "InfluxDB error " + none.error() + " in " + where);
                assertTrue(none.series().stream().noneMatch(s -> s.filledRows() > 0),
                        "a cluster without a power dimension shows none: " + where);
                continue;
            }
            assertFalse(e.query().contains("$timeFilter") || e.query().contains("$__interval")
                    || e.query().matches("(?s).*\\$(site|cluster|host)\\b.*"), "left unexpanded: " + where);
            Influx.Statement st = data.influx.query(e.query());
            assertNull(st.error(), "InfluxDB error " + st.error() + " in " + where);
            assertTrue(st.series().stream().anyMatch(s -> s.filledRows() > 0), "no data: " + where);
            assertWithinRange(st, e, where);
            for (String c : SelectNames.columns(e.query())) {
                assertTrue(st.series().stream().anyMatch(s -> s.columns().contains(c) && s.timesOf(c).size() > 0),
                        "column \"" + c + "\" missing or empty: " + where);
            }
            for (String tag : SelectNames.aliasTags(e.target().alias())) {
                assertTrue(st.series().stream().allMatch(s -> !s.tags().getOrDefault(tag, "").isEmpty()),
                        "alias names tag " + tag + " but a series lacks it: " + where);
            }
            for (Influx.Series s : st.series()) {
                for (String c : s.columns().subList(1, s.columns().size())) {
                    produced.add(SelectNames.displayName(e.target().alias(), s.name(), s.tags(), c));
                    produced.add(c);
                }
                produced.addAll(s.tags().keySet());
            }
            if (showsFuture(e) && e.range().toMs() > FleetData.NOW.toEpochMilli()) {
                long future = st.series().stream().flatMap(s -> s.columns().subList(1, s.columns().size()).stream()
                        .flatMap(c -> s.timesOf(c).stream())).filter(t -> t > FleetData.NOW.toEpochMilli()).count();
                assertTrue(future > 0, "no future points: " + where);
            }
        }
        for (String name : p.overrideNames()) {
            assertTrue(produced.contains(name), p + ": an override matches \"" + name + "\" but the queries produce "
                    + produced);
        }
    }

    /**
     * Each series has one row per time, all inside the range (a GROUP BY time bucket may start up to one interval
     * before it; an aggregate over the whole range, one row, may carry time 0): influxd 1.6 answers some forms (fill
     * inside a subquery grouped by host) with millions of rows at repeated times, which Grafana would draw as
     * nonsense after a long wait.
     */
    private static void assertWithinRange(Influx.Statement st, QueryRun.Expanded e, String where) {
        long slack = GROUP_BY_TIME.matcher(e.query()).results()
                .mapToLong(m -> GrafanaTemplate.intervalMs(m.group(1))).max().orElse(0);
        for (Influx.Series s : st.series()) {
            Set<Long> seen = new HashSet<>();
            for (List<Object> row : s.values()) {
                long t = ((Number) row.get(0)).longValue();
                assertTrue(seen.add(t), "time " + t + " repeated in series " + s.tags() + ": " + where);
                boolean wholeRange = t == 0 && s.values().size() == 1;
                assertTrue(wholeRange || t >= e.range().fromMs() - slack && t <= e.range().toMs(),
                        "time " + t + " outside the range " + e.range() + ": " + where);
            }
        }
    }

    private static final Pattern GROUP_BY_TIME = Pattern.compile("GROUP BY time\\((\\d+(?:ms|[smhdwy]))\\)");

    /** Reads the pipeline's power dimension (its capacity, or its demand forecast). */
    private static boolean readsPower(String query) {
        return query.contains("\"dimension\" = 'power'") || query.contains("\"source_field\" = 'power'");
    }

    /** The first, middle and last of the listed values (fewer when fewer are listed). */
    private static List<String> firstMiddleLast(List<String> values) {
        return List.of(values.get(0), values.get(values.size() / 2), values.get(values.size() - 1)).stream()
                .distinct().toList();
    }

    /** Panels drawing the forecast or the plan's schedule: their points lie ahead of now. */
    private static boolean showsFuture(QueryRun.Expanded e) {
        String q = e.query();
        return q.contains("FROM \"capacity_forecast\"") || q.contains("FROM \"capacity_plan_step\"");
    }
}
