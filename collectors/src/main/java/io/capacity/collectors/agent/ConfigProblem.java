package io.capacity.collectors.agent;

import io.capacity.yaml.YamlProblem;

/**
 * One thing wrong with the configuration: where (file and line when the parser knows it), which field, the
 * value found (never a secret) and what was expected.
 */
public record ConfigProblem(String file, int line, String field, String value, String expected) {
    static ConfigProblem of(YamlProblem p) {
        return new ConfigProblem(p.file(), p.line(), p.field(), p.value(), p.expected());
    }

    @Override
    public String toString() {
        String where = file + (line > 0 ? ":" + line : "");
        if (value == null && field.startsWith("(")) {
            return where + ": " + field + " expected " + expected;
        }
        String found = value == null ? "missing" : "'" + value + "'";
        return where + ": " + field + " is " + found + "; expected " + expected;
    }
}
