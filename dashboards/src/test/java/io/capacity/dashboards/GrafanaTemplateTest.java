package io.capacity.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.capacity.dashboards.GrafanaTemplate.Range;
import io.capacity.dashboards.GrafanaTemplate.Selection;
import io.capacity.dashboards.GrafanaTemplate.Variable;
import io.capacity.testkit.SharedInfluxd;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The expansion against the cases Grafana's own tests pin (datasource.test.ts, rangeutil.test.ts), and the escaped
 * regex InfluxDB then evaluates: a dotted host name matches itself and not a look-alike.
 */
class GrafanaTemplateTest {
    private static final Variable MULTI = new Variable("host", true, true, ".*", List.of("a", "b"));
    private static final Variable PLAIN = new Variable("tempVar", false, false, null, List.of());

    @Test
    void multiValuesAreRegexEscapedAndJoinedAsGrafanaDoes() {
        assertEquals("(\\/special\\/path|\\/some\\/other\\/path)", GrafanaTemplate.format(MULTI,
                Selection.of(List.of("/special/path", "/some/other/path"))));
        assertEquals("(env|env2|env3)", GrafanaTemplate.format(new Variable("v", false, true, "",
                List.of("env", "env2", "env3")), Selection.ofAll()), "All without a custom value lists every value");
        assertEquals("web01\\.dc1\\.example", GrafanaTemplate.format(MULTI,
                Selection.of(List.of("web01.dc1.example"))), "one value: escaped, no group");
        assertEquals(".*", GrafanaTemplate.format(MULTI, Selection.ofAll()), "a custom all value is not escaped");
        assertEquals("a\\\\b\\$\\^\\*\\{\\}\\[\\]\\'\\+\\?\\.\\(\\)\\|", GrafanaTemplate.regexEscape("a\\b$^*{}[]'+?.()|"));
        assertEquals("12.2", GrafanaTemplate.format(PLAIN, Selection.of(List.of("12.2"))), "a number stays");
        assertEquals("\\/special\\/path", GrafanaTemplate.format(PLAIN, Selection.of(List.of("/special/path"))));
    }

    @Test
    void timeFilterIntervalAndVariablesExpand() {
        Range r = new Range(1_514_764_800_000L, 1_514_851_200_000L);
        assertEquals("time >= 1514764800000ms and time <= 1514851200000ms", r.timeFilter());
        GrafanaTemplate.Interval i = GrafanaTemplate.interval(r, 1000, "10s");
        assertEquals(new GrafanaTemplate.Interval(60_000, "1m"), i, "a day over 1000 points: 86.4 s rounds to 1m");
        assertEquals("10s", GrafanaTemplate.interval(r, 100_000, "10s").text(), "never below the minimum");
        assertEquals("500ms", GrafanaTemplate.secondsToHms(0.5));
        assertEquals("1d", GrafanaTemplate.secondsToHms(86_400 * 1.5));
        assertEquals(3_600_000, GrafanaTemplate.roundInterval(5_000_000));
        assertEquals(1_800_000, GrafanaTemplate.roundInterval(2_000_000));
        String q = "SELECT mean(\"x\") FROM \"m\" WHERE \"host\" =~ /^$host$/ AND [[host]] AND ${host} AND $timeFilter"
                + " GROUP BY time($__interval), time($interval) LIMIT $__interval_ms $unknown";
        assertEquals("SELECT mean(\"x\") FROM \"m\" WHERE \"host\" =~ /^(a|b\\.c)$/ AND (a|b\\.c) AND (a|b\\.c) AND "
                        + "time >= 1514764800000ms and time <= 1514851200000ms GROUP BY time(1m), time(1m) LIMIT "
                        + "60000 $unknown",
                GrafanaTemplate.expand(q, r, i, Map.of("host", MULTI),
                        Map.of("host", Selection.of(List.of("a", "b.c")))));
    }

    @Test
    void influxdbMatchesTheEscapedValuesExactly() {
        Influx influx = new Influx(SharedInfluxd.get().url(), "escape_" + ProcessHandle.current().pid());
        influx.createDatabase();
        influx.write(List.of("m,host=web01.dc1.example v=1 1000000000", "m,host=web01Xdc1Xexample v=2 1000000000",
                "m,host=db(1) v=3 1000000000", "m,host=other v=4 1000000000"));
        Range r = new Range(0, 2000);
        String q = GrafanaTemplate.expand("SELECT last(\"v\") FROM \"m\" WHERE \"host\" =~ /^$host$/ AND $timeFilter "
                + "GROUP BY \"host\"", r, GrafanaTemplate.interval(r, 100, "1ms"), Map.of("host", MULTI),
                Map.of("host", Selection.of(List.of("web01.dc1.example", "db(1)"))));
        Influx.Statement st = influx.query(q);
        assertNull(st.error(), q);
        TreeSet<String> hosts = new TreeSet<>();
        st.series().forEach(s -> hosts.add(s.tags().get("host")));
        assertEquals(new TreeSet<>(List.of("db(1)", "web01.dc1.example")), hosts, q);
    }
}
