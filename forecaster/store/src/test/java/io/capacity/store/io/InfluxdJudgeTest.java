package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.LineProtocolException;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.Point;
import io.capacity.testkit.InfluxdExtension;
import io.capacity.testkit.InfluxdServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Our line-protocol reader against a real influxd (1.6.7, Debian's package) as judge: every line is written to
 * influxd alone and read by {@link LineProtocolReader}; both must accept or both refuse it, and what influxd stored
 * (series key, field types, values, time) must be what we read.
 *
 * <p>The cases are written here, grouped by the rule they probe: the escapes of the series key and of field keys,
 * number and timestamp syntax and range, keys InfluxDB 1.x refuses, separators. They were chosen after InfluxData's
 * own corpus ({@code influxdata/line-protocol}, {@code lineprotocol/testdata/corpus.json} at commit
 * e5cb25aaf8da4a0058b516f769b1804713e2de58, whose expected results are those of the 2.x decoders, not of influxd 1.x)
 * and the cases of InfluxDB 1.x {@code models/points_test.go}; one line is taken from the corpus as is (key
 * 001600bcb0dd079817b7e527a1f9494c). The verdicts come from the running influxd, not from this file.
 */
@ExtendWith(InfluxdExtension.class)
class InfluxdJudgeTest {
    private static final ReadOptions LP = ReadOptions.of(Format.LP);

    /**
     * Measurements with a backslash right before an escaped separator: influxd 1.6.7 accepts them but indexes the
     * series under another name than its field index (SHOW MEASUREMENTS says {@code m x}, SELECT finds nothing), so
     * only accept/refuse is compared; we read them by the series-key rule.
     */
    static final List<String> INFLUXD_INCONSISTENT = List.of("m\\\\ x value=1 3", "m\\\\,x value=1 3",
            "m\\\\=x value=1 3");

    /**
     * A field key starting with a tab: influxd stores it after a comma, but line protocol cannot write it as the
     * first field (influxd, and we, skip blanks before the fields), so it does not come back from an export.
     */
    static final List<String> NOT_WRITABLE_BACK = List.of("cpu value=1,\tx=2 1");

    static final List<String> CASES = List.of(
            // the corpus line
            "cpu,host=serverA,region=us-west value=1.0e-4 1603976386428616285",
            // series key: a separator right after a backslash is escaped, whatever precedes it
            "cpu,host=two\\\\ words value=42 1",
            "cpu,host=a\\\\,b value=43 2",
            "cpu,ho\\\\=st=x value=1 5",
            "cpu,ho\\\\,st=x value=1 1",
            "cpu,h=a\\\\\\ b value=1 1",
            "cpu,h=a\\\\\\\\ b value=1 1",
            "cpu,h=a\\=b value=1 1",
            "cpu,h=a\\b value=1 1",
            "cpu,h=a\\\\b value=1 1",
            "cpu,h\\ k=v value=1 1",
            "cpu,a=b\\  value=1 1",
            "m\\\\ x value=1 3",
            "m\\\\,x value=1 3",
            "m\\=x value=1 3",
            "m\\\\=x value=1 3",
            "m\\x value=1 3",
            "m\\\\x value=1 3",
            "m=x value=1 1",
            "my\\ meas\\,x,ta\\=g\\ k=v\\,1\\ 2\\=3 f=1 5",
            // series key: refused
            "cpu,host=a\\\\ value=1 1",
            "cpu,host=a\\ value=1 1",
            "cpu,host=a\\\\,b=c value=1 1",
            "cpu,h=a=b value=1 1",
            "cpu,a=1,a=2 value=1 1",
            "cpu, value=1 1",
            "cpu,a=b, value=1 1",
            ",cpu value=1 1",
            "cpu,=b value=1 1",
            "cpu,a= value=1 1",
            "cpu,a=\\ value=1 1",
            // field keys: a backslash pairs with the character after it
            "cpu val\\ ue=1 1",
            "cpu val\\,ue=1 1",
            "cpu va\\lue=1 1",
            "cpu va\\\\lue=1 1",
            "cpu val\\\\ ue=1 1",
            "cpu val\\\\,ue=1 1",
            "cpu value=1,value\\\\=2 1",
            "cpu value=1,\tx=2 1",
            "cpu =1 1",
            "cpu value= 1",
            "cpu value=1,,x=1 1",
            "cpu value=1, 1",
            // a field given twice: the last value, unless the types differ
            "cpu value=1,value=2 1",
            "cpu a=1i,a=2 1",
            // numbers
            "cpu value=.5 1",
            "cpu value=1. 1",
            "cpu value=1e5 1",
            "cpu value=1E5 1",
            "cpu value=1e+5 1",
            "cpu value=-0 1",
            "cpu value=01 1",
            "cpu value=-1e-3 1",
            "cpu value=+1 1",
            "cpu value=1e 1",
            "cpu value=0x10 1",
            "cpu value=1_000 1",
            "cpu value=1e400 1",
            "cpu value=NaN 1",
            "cpu value=inf 1",
            "cpu value=01i 1",
            "cpu value=-0i 1",
            "cpu value=+1i 1",
            "cpu value=1.5i 1",
            "big value=9007199254740993i 9",
            "big value=9223372036854775807i 9",
            "big value=-9223372036854775808i 9",
            "cpu value=9223372036854775808i 1",
            "cpu value=1u 8",
            // keys InfluxDB 1.x refuses
            "cpu time=1 6",
            "cpu,time=a value=1 7",
            // timestamps: influxd's range ends one inside a long's
            "cpu value=1 9223372036854775806",
            "cpu value=1 -9223372036854775806",
            "cpu value=1 9223372036854775807",
            "cpu value=1 -9223372036854775808",
            "cpu value=1 -9223372036854775807",
            "cpu value=1 -0",
            "cpu value=1 01",
            "cpu value=1 +1",
            "cpu value=1 1.5",
            "cpu value=1 1 2",
            // separators and blanks
            "cpu  value=1 1",
            "cpu value=1  1",
            "cpu value=1 1 ",
            " cpu value=1 1",
            "\tcpu value=1 1",
            "cpu\tvalue=1 1",
            "cpu value=1\t1",
            "cpu value=1 1\t",
            "cpu \tx=2 1",
            "cpu  \t x=2 1",
            "cpu x=2 \t1",
            "cpu x=2 1 \t",
            "cpu x=2\t 1",
            // a replacement character is text like any other
            "cpu,host=\uFFFD value=1 1");

    @Test
    void everyCaseReadsAsInfluxdReadsIt(InfluxdServer influxd) throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (String line : CASES) {
            InfluxdVerdict judge = InfluxdVerdict.of(influxd.url(), line);
            Collected ours = Collected.read(LP, line);
            boolean accepted = ours.points.size() == 1 && ours.bad.isEmpty();
            if (accepted != judge.accepted()) {
                disagreements.add(show(line) + ": influxd " + (judge.accepted() ? "stores it" : "refuses it ("
                        + judge.error() + ")") + ", we " + (accepted ? "read " + ours.points : "refuse it: "
                        + ours.bad));
            } else if (accepted && !INFLUXD_INCONSISTENT.contains(line)) {
                String stored = compare(ours.points.get(0), judge);
                if (stored != null) {
                    disagreements.add(show(line) + ": " + stored);
                }
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + CASES.size() + " cases disagree:\n"
                + String.join("\n", disagreements));
    }

    /** Refusals name the rule in the user's words. */
    @Test
    void refusalsSayWhatInfluxdSays() {
        assertEquals(List.of("time outside range", "time outside range", "time outside range"),
                List.of("cpu value=1 9223372036854775807", "cpu value=1 -9223372036854775808",
                        "cpu value=1 -9223372036854775807").stream()
                        .map(l -> Collected.read(LP, l).onlyBad().reason().substring(0, 18)).toList());
        assertTrue(Collected.read(LP, "cpu time=1 6").onlyBad().toString()
                .startsWith("t:1: field key \"time\" is refused by InfluxDB"));
        assertTrue(Collected.read(LP, "cpu,time=a value=1 7").onlyBad().reason()
                .startsWith("tag key \"time\" is refused by InfluxDB"));
        assertTrue(Collected.read(LP, "cpu value=1u 8").onlyBad().reason()
                .contains("unsigned integers (12u) are refused by InfluxDB 1.x; write it as an integer, 12i"));
    }

    /** Null when what influxd stored is what we read. */
    private static String compare(Point p, InfluxdVerdict judge) throws LineProtocolException {
        // influxd's series key read back with our parser (its escapes are line protocol's) names the same series
        if (judge.seriesKeys().size() != 1) {
            return "influxd's series " + judge.seriesKeys();
        }
        String key = judge.seriesKeys().get(0);
        LineProtocolParser.Series stored = LineProtocolParser.series(key, 0, key.length());
        if (!stored.measurement().equals(p.measurement()) || !stored.tags().equals(p.tags())) {
            return "influxd's series " + key + ", ours " + p.measurement() + " " + p.tags();
        }
        TreeMap<String, String> types = new TreeMap<>();
        p.fields().forEach((k, v) -> types.put(k, v instanceof Long ? "integer" : "float"));
        if (!types.equals(judge.fieldTypes())) {
            return "influxd's fields " + judge.fieldTypes() + ", ours " + types;
        }
        if (!String.valueOf(p.timeNanos()).equals(judge.values().get("time"))) {
            return "influxd's time " + judge.values().get("time") + ", ours " + p.timeNanos();
        }
        for (Map.Entry<String, Number> f : p.fields().entrySet()) {
            String cell = judge.values().get(f.getKey());
            Number theirs = cell == null ? null
                    : f.getValue() instanceof Long ? (Number) Long.parseLong(cell) : (Number) Double.parseDouble(cell);
            if (!f.getValue().equals(theirs)) {
                return "field " + f.getKey() + ": influxd's " + cell + ", ours " + f.getValue();
            }
        }
        return null;
    }

    private static String show(String line) {
        return "'" + line.replace("\t", "\\t") + "'";
    }
}
