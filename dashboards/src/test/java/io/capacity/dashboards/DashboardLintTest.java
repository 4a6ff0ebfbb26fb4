package io.capacity.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.dashboards.Dashboards.Dashboard;
import io.capacity.dashboards.Dashboards.Panel;
import io.capacity.dashboards.Dashboards.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each dashboard as Grafana would load it from the provisioning folder, checked without Grafana: it parses; the uids
 * are unique and the ones links and bookmarks rely on; every panel, query and variable names the provisioned
 * datasource by uid (no {@code ${DS_...}} input, no {@code __inputs}, which only the import wizard resolves); every
 * raw query has {@code $timeFilter} and groups by {@code $__interval} (or by whole days); variables site, cluster,
 * host are multi-value {@code SHOW TAG VALUES} used as {@code =~ /^$x$/}; every override's name is one a query of
 * its panel produces; every panel has a title and a unit.
 */
class DashboardLintTest {
    /** Stable uids: links, bookmarks and the README name them. */
    private static final Map<String, String> UIDS = new TreeMap<>(Map.of("fleet.json", "capacity-fleet",
            "cluster.json", "capacity-cluster", "power.json", "capacity-power", "accuracy.json", "capacity-accuracy",
            "agent.json", "capacity-agent"));
    /** What Grafana 10.4 to 11.2 write; a newer Grafana migrates it in memory at each load of a provisioned file. */
    private static final int SCHEMA_VERSION = 39;
    private static final Pattern GROUP_TIME = Pattern.compile("GROUP BY time\\(([^)]*)\\)");
    private static final Pattern VARIABLE_USE = Pattern.compile("\\$\\{?(site|cluster|host)\\b");
    private static final Pattern VARIABLE_MATCH = Pattern.compile("\"(site|cluster|host)\" =~ /\\^\\$\\1\\$/");

    @Test
    void everyDashboardParsesWithItsStableUidAndACurrentSchema() {
        List<Dashboard> all = Dashboards.all();
        Map<String, String> found = new TreeMap<>();
        Set<String> titles = new HashSet<>();
        for (Dashboard d : all) {
            found.put(d.file().getFileName().toString(), d.uid());
            assertTrue(titles.add(d.title()), "two dashboards titled " + d.title());
            assertEquals(SCHEMA_VERSION, d.root().path("schemaVersion").asInt(), d.file() + ": schemaVersion");
            assertFalse(d.root().has("__inputs") || d.root().has("__requires"), d.file() + ": import-wizard inputs");
            assertFalse(d.text().contains("${DS_"), d.file() + ": a ${DS_...} placeholder fails when provisioned");
            assertFalse(d.root().has("id") && !d.root().path("id").isNull(), d.file() + ": a fixed id clashes");
        }
        assertEquals(UIDS, found);
    }

    @Test
    void everyPanelQueryAndVariableUsesTheProvisionedDatasource() {
        for (Dashboard d : Dashboards.all()) {
            for (Panel p : d.panels()) {
                if (p.type().equals("row")) {
                    continue;
                }
                assertDatasource(p.node().path("datasource"), p.toString());
                assertFalse(p.targets().isEmpty(), p + ": no query");
                for (Target t : p.targets()) {
                    assertDatasource(t.node().path("datasource"), t.toString());
                }
            }
            for (JsonNode v : d.variables()) {
                assertDatasource(v.path("datasource"), d.uid() + " variable " + v.path("name").asString());
            }
        }
    }

    @Test
    void everyQueryFiltersTimeAndGroupsByTheInterval() {
        for (Dashboard d : Dashboards.all()) {
            for (Panel p : d.panels()) {
                for (Target t : p.targets()) {
                    String q = t.query();
                    assertTrue(t.node().path("rawQuery").asBoolean(), t + ": raw InfluxQL");
                    assertTrue(q.contains("$timeFilter"), t + ": no $timeFilter: " + q);
                    Matcher g = GROUP_TIME.matcher(q);
                    while (g.find()) {
                        assertTrue(g.group(1).equals("$__interval") || g.group(1).equals("1d"),
                                t + ": GROUP BY time(" + g.group(1) + "): use $__interval (or 1d for per-day bars)");
                    }
                    Matcher v = VARIABLE_USE.matcher(q);
                    int uses = 0;
                    while (v.find()) {
                        uses++;
                    }
                    Matcher ok = VARIABLE_MATCH.matcher(q);
                    int matches = 0;
                    while (ok.find()) {
                        matches++;
                    }
                    assertEquals(uses, matches, t + ": use variables as \"x\" =~ /^$x$/ (multi-value): " + q);
                }
            }
        }
    }

    @Test
    void variablesSiteClusterHostAreMultiValueTagQueries() {
        for (Dashboard d : Dashboards.all()) {
            List<String> names = new ArrayList<>();
            for (JsonNode v : d.variables()) {
                names.add(v.path("name").asString());
                String where = d.uid() + " variable " + v.path("name").asString();
                assertEquals("query", v.path("type").asString(), where);
                assertTrue(v.path("multi").asBoolean() && v.path("includeAll").asBoolean(), where + ": multi, All");
                assertTrue(v.path("query").asString().startsWith("SHOW TAG VALUES WITH KEY = \""
                        + v.path("name").asString() + "\""), where + ": SHOW TAG VALUES of its tag");
            }
            assertEquals(List.of("site", "cluster", "host"), names, d.uid());
        }
    }

    @Test
    void everyOverrideNamesASeriesItsPanelProduces() {
        int checked = 0;
        for (Dashboard d : Dashboards.all()) {
            for (Panel p : d.panels()) {
                Set<String> names = new HashSet<>();
                for (Target t : p.targets()) {
                    names.addAll(SelectNames.staticNames(t.alias(), t.query()));
                    names.addAll(SelectNames.columns(t.query()));
                }
                for (String n : p.overrideNames()) {
                    assertTrue(names.contains(n), p + ": override for \"" + n + "\", but the queries produce " + names);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "the band overrides are checked: " + checked);
    }

    @Test
    void everyPanelHasATitleAndAUnit() {
        for (Dashboard d : Dashboards.all()) {
            Set<Integer> ids = new HashSet<>();
            for (Panel p : d.panels()) {
                assertFalse(p.title().isBlank(), d.uid() + ": a panel without a title");
                assertTrue(ids.add(p.node().path("id").asInt()), p + ": panel id used twice");
                assertFalse(p.node().path("fieldConfig").path("defaults").path("unit").asString("").isBlank(),
                        p + ": no unit");
                assertFalse(p.node().path("description").asString("").isBlank(), p + ": no description");
            }
        }
    }

    private static void assertDatasource(JsonNode ds, String where) {
        assertEquals("influxdb", ds.path("type").asString(), where + ": datasource type");
        assertEquals(ProvisioningTest.DATASOURCE_UID, ds.path("uid").asString(), where + ": datasource uid");
    }
}
