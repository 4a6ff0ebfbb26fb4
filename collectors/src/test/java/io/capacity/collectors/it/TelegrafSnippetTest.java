package io.capacity.collectors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.schema.MetricSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Telegraf configuration in docs/collectors.md ("Using Telegraf instead") yields our tag set: what each input
 * tags comes from its options (as Telegraf's plugins document them) plus the global and per-input tags, and must
 * be our inventory tags plus the measurement's schema tags.
 */
class TelegrafSnippetTest {
    /** One table of the TOML block: its header ({@code inputs.snmp.table.field}) and its key = value lines. */
    record Section(String header, Map<String, String> values) {
    }

    private static List<Section> sections;

    @BeforeAll
    static void read() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "collectors.md"));
        int at = doc.indexOf("## Using Telegraf instead");
        int from = doc.indexOf("```toml", at) + "```toml".length();
        String toml = doc.substring(from, doc.indexOf("```", from));
        sections = new ArrayList<>();
        Section current = new Section("", new LinkedHashMap<>());
        sections.add(current);
        for (String raw : toml.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = new Section(line.replaceAll("[\\[\\]]", ""), new LinkedHashMap<>());
                sections.add(current);
            } else {
                int eq = line.indexOf('=');
                current.values().put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
    }

    private static Section one(String header) {
        List<Section> s = sections.stream().filter(x -> x.header().equals(header)).toList();
        assertEquals(1, s.size(), "one [" + header + "] in the snippet");
        return s.get(0);
    }

    private static String unquote(String v) {
        return v.replaceAll("^\"|\"$", "");
    }

    @Test
    void globalTagsAreOurInventoryAndInputsOnlySetHost() {
        Set<String> global = one("global_tags").values().keySet();
        Set<String> inventory = new TreeSet<>(MetricSchema.INVENTORY_TAGS);
        inventory.remove(MetricSchema.TAG_HOST); // Telegraf's agent host name, or the input's own host tag
        assertEquals(inventory, new TreeSet<>(global));
        for (Section s : sections) {
            if (s.header().startsWith("inputs.") && s.header().endsWith(".tags")) {
                assertEquals(Set.of(MetricSchema.TAG_HOST), s.values().keySet(), s.header());
            }
        }
    }

    @Test
    void redfishAddsNoTagSetThatWouldReplaceTheRack() {
        Section r = one("inputs.redfish");
        // Telegraf's default include_tag_sets is ["chassis.location"]: rack, row, room, datacenter from the chassis.
        assertEquals("[]", r.values().get("include_tag_sets"));
        assertEquals("[\"power\"]", r.values().get("include_metrics"));
    }

    @Test
    void ipmiIsMetricVersion1WithAPrivilege() {
        Section i = one("inputs.ipmi_sensor");
        assertEquals("1", i.values().getOrDefault("metric_version", "1"), "v1: tags name, unit, server");
        assertTrue(i.values().containsKey("privilege"));
    }

    @Test
    void hostInputsKeepTelegrafsDefaultsThatOurSamplerFollows() {
        assertFalse(one("inputs.net").values().containsKey("interfaces"), "up, non-loopback NICs");
        String ignore = one("inputs.disk").values().get("ignore_fs");
        assertEquals("[" + String.join(", ", HostSamplerConfig.DEFAULT_IGNORE_FS.stream().map(t -> "\"" + t + "\"")
                .toList()) + "]", ignore);
    }

    @Test
    void theInterfaceTableYieldsOurInterfaceTagsAndFields() {
        Section snmp = one("inputs.snmp");
        String hostTag = unquote(snmp.values().getOrDefault("agent_host_tag", "\"agent_host\""));
        assertTrue(MetricSchema.IF_AGENT_HOST_TAGS.contains(hostTag), hostTag);
        int table = sections.indexOf(one("inputs.snmp.table"));
        assertEquals(MetricSchema.INTERFACE.name(), unquote(sections.get(table).values().get("name")));
        assertEquals("[]", sections.get(table).values().get("inherit_tags"));
        Set<String> tags = new TreeSet<>(List.of(hostTag));
        Set<String> fields = new TreeSet<>();
        for (Section s : sections.subList(table + 1, sections.size())) {
            if (!s.header().equals("inputs.snmp.table.field")) {
                break;
            }
            String name = unquote(s.values().get("name"));
            ("true".equals(s.values().get("is_tag")) ? tags : fields).add(name);
        }
        Set<String> ourTags = new TreeSet<>(MetricSchema.INTERFACE.tagKeys());
        ourTags.removeAll(MetricSchema.IF_AGENT_HOST_TAGS);
        ourTags.add(hostTag);
        assertEquals(ourTags, tags);
        Set<String> ourFields = new TreeSet<>(MetricSchema.INTERFACE.fieldNames());
        ourFields.removeAll(Set.of(MetricSchema.IF_IN_RATE, MetricSchema.IF_OUT_RATE)); // derived by us only
        assertEquals(ourFields, fields);
    }
}
