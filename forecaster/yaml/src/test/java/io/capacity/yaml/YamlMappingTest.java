package io.capacity.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlMappingTest {
    enum Mode { FAST, SAFE }

    private static YamlMapping top(YamlFile f, String text) {
        try {
            return f.parse(text);
        } catch (YamlSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> lines(YamlFile f) {
        return f.problemsByLine().stream().map(p -> p.line() + " " + p.field() + " | " + p.value() + " | "
                + p.expected()).toList();
    }

    @Test
    void typedReadsKeepTheLineOfEveryBadValue() {
        YamlFile f = new YamlFile("c.yaml");
        YamlMapping top = top(f, """
                name: web
                port: 99999
                tls: maybe
                mode: turbo
                retries: " 3 "
                nested:
                  depth: x
                """);
        assertEquals("web", top.string("name", null));
        assertNull(top.integer("port", null, 1, 65535));
        assertTrue(top.bool("tls", true));
        assertEquals(Mode.SAFE, top.choice("mode", Mode.class, Mode.SAFE));
        assertEquals(3, top.integer("retries", 0, 0, 10));
        assertEquals(5, top.mapping("nested").integer("depth", 5, 0, 9));
        assertEquals(List.of("2 port | 99999 | a whole number from 1 to 65535", "3 tls | maybe | true or false",
                "4 mode | turbo | one of fast, safe", "7 nested.depth | x | a whole number from 0 to 9"), lines(f));
    }

    @Test
    void aKeyWrittenTwiceIsAProblemAndTheFirstIsUsed() {
        YamlFile f = new YamlFile("c.yaml");
        YamlMapping top = top(f, "site: a\nrack: r1\nsite: b\nmodels:\n  m1: {cores: 2}\n  m1: {cores: 4}\n");
        assertEquals("a", top.string("site", null));
        assertEquals(List.of("m1"), List.copyOf(top.namedMappings("models").keySet()));
        assertEquals(List.of("3 site | b | each key once; it is also on line 1 (the first one would be used)",
                "6 models.m1 | (a mapping) | each key once; it is also on line 5 (the first one would be used)"),
                lines(f));
    }

    @Test
    void wrongShapesAreProblemsAndEmptySectionsAreEmpty() {
        YamlFile f = new YamlFile("c.yaml");
        YamlMapping top = top(f, "a: [1, 2]\nb: text\nc:\nd: {x: 1}\ne: [x, {y: 1}]\n");
        assertNull(top.text("a"));
        assertTrue(top.mapping("b").keys().isEmpty());
        assertTrue(top.mapping("c").keys().isEmpty());
        assertTrue(top.mappings("c").isEmpty());
        assertTrue(top.mappings("d").isEmpty());
        assertEquals(List.of("x", "(a mapping)"), top.texts("e"));
        List<YamlMapping> items = top.mappings("e");
        assertEquals("e[1]", items.get(1).path());
        assertEquals(5, items.get(1).line());
        assertEquals(List.of("1 a | (a list) | a single value", "2 b | text | a mapping of key: value",
                "4 d | (a mapping) | a list", "5 e[0] | x | a mapping of key: value"), lines(f));
    }

    @Test
    void absentSectionsHaveNoLineAndMissingKeysTheSections() {
        YamlFile f = new YamlFile("c.yaml");
        YamlMapping top = top(f, "x: 1\nbuffer:\n  size: 2\n");
        assertEquals(3, top.mapping("buffer").line(), "a block mapping starts at its first key");
        assertEquals(0, top.mapping("influx").line());
        top.mapping("buffer").required("dir", "a directory");
        top.mapping("influx").required("url", "a URL");
        assertEquals(List.of("3 buffer.dir | null | a directory", "0 influx.url | null | a URL"), lines(f));
    }

    @Test
    void unknownKeysAreTheOnesNobodyRead() {
        YamlFile f = new YamlFile("c.yaml");
        YamlMapping top = top(f, "host: {}\nintervall: 5s\nport: 1\n");
        top.mapping("host");
        top.integer("port", 0, 0, 9);
        assertEquals(List.of("intervall"), top.unknownKeys(top.readKeys()));
        assertEquals(List.of("host", "intervall"), top.unknownKeys(List.of("port")));
        assertEquals(2, top.lineOf("intervall"));
        assertEquals("5s", top.describe("intervall"));
    }

    @Test
    void theSameProblemTwiceIsKeptOnceAndProblemsReadTopToBottom() {
        YamlFile f = new YamlFile("c.yaml");
        f.add(3, "a", "1", "b");
        f.add(0, "names", "x", "unique");
        f.add(1, "c", "2", "d");
        f.add(3, "a", "1", "b");
        assertEquals(List.of(3, 0, 1), f.problems().stream().map(YamlProblem::line).toList());
        assertEquals(List.of(1, 3, 0), f.problemsByLine().stream().map(YamlProblem::line).toList());
    }

    @Test
    void syntaxErrorsNameTheirLineAndEmptyDocumentsAreEmpty() throws YamlSyntaxException {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
                () -> new YamlFile("x.yaml").parse("a: 1\nhosts: [\n  - a: b\n"));
        assertTrue(e.line() >= 3, e.getMessage());
        assertFalse(e.reason().isBlank());
        YamlMapping empty = new YamlFile("x.yaml").parse("");
        assertEquals(0, empty.line());
        assertTrue(empty.keys().isEmpty());
    }

    @Test
    void aConstructorRefusalBecomesAProblemAtTheMapping() {
        YamlFile f = new YamlFile("c.yaml", Map.of("TOKEN", "t")::get);
        YamlMapping top = top(f, "influx:\n  url: x\n");
        Object built = top.mapping("influx").build(() -> {
            throw new IllegalArgumentException("url must be http");
        });
        assertNull(built);
        assertEquals(List.of("2 (influx) | null | valid values: url must be http"), lines(f));
        assertEquals("t", f.env("TOKEN"));
    }
}
