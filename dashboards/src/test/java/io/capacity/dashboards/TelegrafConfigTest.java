package io.capacity.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.MetricSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code dashboards/telegraf/telegraf.conf} writes what the dashboards read under our names: an input for every
 * collector measurement a panel queries, the SNMP table named and shaped as {@code MetricSchema.INTERFACE},
 * {@code ipmi_sensor} in metric_version 2, the inventory tags as global tags, database {@code capacity}, and no
 * secret in the file.
 */
class TelegrafConfigTest {
    private static final Path CONF = Path.of("telegraf", "telegraf.conf");
    /** Which Telegraf input writes each collector measurement (from the plugins' READMEs). */
    private static final Map<String, String> INPUT_OF = Map.of("cpu", "inputs.cpu", "mem", "inputs.mem", "net",
            "inputs.net", "diskio", "inputs.diskio", "system", "inputs.system", "ipmi_sensor", "inputs.ipmi_sensor",
            "redfish_power_powercontrol", "inputs.redfish", "interface", "inputs.snmp");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\[?([\\w.]+)]]?\\s*$");
    private static final Pattern SETTING = Pattern.compile("^\\s*(\\w+)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern FROM = Pattern.compile("FROM \"(\\w+)\"");

    @Test
    void everyCollectorMeasurementTheDashboardsReadHasItsInput() throws IOException {
        List<Map.Entry<String, Map<String, String>>> sections = sections();
        TreeSet<String> read = new TreeSet<>();
        TreeSet<String> noTelegrafInput = new TreeSet<>();
        for (Dashboards.Dashboard d : Dashboards.all()) {
            for (Dashboards.Panel p : d.panels()) {
                for (Dashboards.Target t : p.targets()) {
                    Matcher m = FROM.matcher(t.query());
                    while (m.find()) {
                        if (m.group(1).startsWith("capacity_")) {
                            continue;   // the service's own, and the agent's health
                        }
                        (TelegrafShaped.NOT_WRITTEN.contains(m.group(1)) ? noTelegrafInput : read).add(m.group(1));
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("cpu", "mem", "net", "ipmi_sensor", "redfish_power_powercontrol",
                "interface")), read, "the collector measurements the dashboards read");
        assertEquals(new TreeSet<>(List.of("bmc_power_state")), noTelegrafInput,
                "read, though no Telegraf input writes it (dashboards/README.md says what a Telegraf site sees)");
        for (String measurement : read) {
            assertTrue(MetricSchema.measurement(measurement).isPresent(), measurement + " is one of our names");
            assertTrue(sections.stream().anyMatch(s -> s.getKey().equals(INPUT_OF.get(measurement))),
                    "no " + INPUT_OF.get(measurement) + " for " + measurement);
        }
        assertEquals("2", setting(sections, "inputs.ipmi_sensor", "metric_version"), "ipmi_sensor v2 tags");
        assertEquals("[\"power\"]", setting(sections, "inputs.redfish", "include_metrics"));
    }

    @Test
    void theSnmpTableIsNamedAndShapedAsOurInterfaceMeasurement() throws IOException {
        List<Map.Entry<String, Map<String, String>>> sections = sections();
        assertEquals("\"" + MetricSchema.INTERFACE.name() + "\"", setting(sections, "inputs.snmp.table", "name"));
        TreeSet<String> ours = new TreeSet<>(MetricSchema.INTERFACE.tagKeys());
        ours.addAll(MetricSchema.INTERFACE.fieldNames());
        int fields = 0;
        for (Map.Entry<String, Map<String, String>> s : sections) {
            if (s.getKey().equals("inputs.snmp.table.field")) {
                String name = s.getValue().get("name").replace("\"", "");
                assertTrue(ours.contains(name), name + " is not a tag or field of " + MetricSchema.INTERFACE.name());
                boolean tag = "true".equals(s.getValue().get("is_tag"));
                assertEquals(MetricSchema.INTERFACE.tagKeys().contains(name), tag, name + ": tag or field as ours");
                fields++;
            }
        }
        assertEquals(6, fields);
    }

    @Test
    void inventoryTagsDatabaseAndCredentialsComeFromTheEnvironment() throws IOException {
        List<Map.Entry<String, Map<String, String>>> sections = sections();
        Map<String, String> global = sections.stream().filter(s -> s.getKey().equals("global_tags")).findFirst()
                .orElseThrow().getValue();
        List<String> expected = new ArrayList<>(MetricSchema.INVENTORY_TAGS);
        expected.remove(MetricSchema.TAG_HOST);
        assertEquals(new TreeSet<>(expected), new TreeSet<>(global.keySet()), "host is Telegraf's own tag");
        assertEquals("\"capacity\"", setting(sections, "outputs.influxdb", "database"));
        for (Map.Entry<String, Map<String, String>> s : sections) {
            for (Map.Entry<String, String> e : s.getValue().entrySet()) {
                if (e.getKey().matches("password|username|community")) {
                    assertTrue(e.getValue().matches("\"\\$\\{[A-Z_]+}\""), s.getKey() + "." + e.getKey()
                            + " must come from the environment");
                }
            }
        }
    }

    private static String setting(List<Map.Entry<String, Map<String, String>>> sections, String section,
                                  String key) {
        return sections.stream().filter(s -> s.getKey().equals(section)).map(s -> s.getValue().get(key))
                .filter(v -> v != null).findFirst().orElseThrow(() -> new AssertionError(section + "." + key));
    }

    /** The file's sections in order, each with its settings (a TOML subset: the file uses nothing more). */
    private static List<Map.Entry<String, Map<String, String>>> sections() throws IOException {
        List<Map.Entry<String, Map<String, String>>> out = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(CONF)) {
            String l = line.replaceFirst("\\s+#.*$", "");
            if (l.isBlank() || l.trim().startsWith("#")) {
                continue;
            }
            Matcher s = SECTION.matcher(l);
            Matcher kv = SETTING.matcher(l);
            if (s.matches()) {
                current = new LinkedHashMap<>();
                out.add(Map.entry(s.group(1), current));
            } else if (kv.matches() && current != null) {
                current.put(kv.group(1), kv.group(2));
            } else {
                throw new AssertionError(CONF + ": cannot read line: " + line);
            }
        }
        return out;
    }
}
