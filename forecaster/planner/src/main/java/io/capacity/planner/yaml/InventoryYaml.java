package io.capacity.planner.yaml;

import io.capacity.yaml.YamlFile;
import io.capacity.yaml.YamlMapping;
import io.capacity.yaml.YamlProblem;
import java.util.Collection;
import java.util.List;

/** The inventory's wording of problems on top of the shared YAML reader: {@code file:line: field: value: expected}. */
public final class InventoryYaml {
    private InventoryYaml() {
    }

    /** Flags every key of {@code m} outside {@code fields}, quoting its value and listing the fields. */
    public static void allowOnly(YamlMapping m, Collection<String> fields) {
        List<String> sorted = fields.stream().sorted().toList();
        for (String k : m.unknownKeys(fields)) {
            m.problem(k, m.describe(k), "one of the fields " + sorted);
        }
    }

    /** A problem about {@code key} of {@code m}, at the mapping's own line (the key is missing there). */
    public static void missing(YamlMapping m, String key, String expected) {
        m.file().add(m.line(), m.field(key), "(missing)", expected);
    }

    /** Every problem so far, in the order found, as {@code file:line: field: value: expected ...}. */
    public static List<String> messages(YamlFile file) {
        return file.problems().stream().map(InventoryYaml::message).toList();
    }

    private static String message(YamlProblem p) {
        return p.file() + ":" + p.line() + ": " + p.field() + ": " + (p.value() == null ? "(missing)" : p.value())
                + ": expected " + p.expected();
    }
}
