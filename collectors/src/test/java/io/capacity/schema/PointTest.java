package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PointTest {
    @Test
    void writesBooleanAndStringStatesAsLineProtocolDoes() {
        TreeMap<String, Object> states = new TreeMap<>(Map.of("crosses", true, "criticality", "say \"hi\" \\ bye",
                "most_constrained", false));
        Point p = new Point("capacity_headroom", Point.tagMap(Map.of("cluster", "web")),
                new TreeMap<>(Map.of("headroom", 2.5)), 7, states);
        assertEquals("capacity_headroom,cluster=web headroom=2.5,criticality=\"say \\\"hi\\\" \\\\ bye\","
                + "crosses=true,most_constrained=false 7", p.toLineProtocol());
        assertEquals(states, p.states());
        assertTrue(new Point("m", Point.tagMap(Map.of()), new TreeMap<>(Map.of("v", 1L)), 1).states().isEmpty());
    }

    @Test
    void refusesStatesThatAreNotBooleansOrShortTextOrClashWithAField() {
        var tags = Point.tagMap(Map.of());
        var fields = new TreeMap<String, Number>(Map.of("v", 1L));
        assertThrows(IllegalArgumentException.class, () -> new Point("m", tags, fields, 1,
                new TreeMap<>(Map.of("s", 3))));
        assertThrows(IllegalArgumentException.class, () -> new Point("m", tags, fields, 1,
                new TreeMap<>(Map.of("s", "two\nlines"))));
        assertThrows(IllegalArgumentException.class, () -> new Point("m", tags, fields, 1,
                new TreeMap<>(Map.of("v", true))));
        assertThrows(IllegalArgumentException.class, () -> new Point("m", tags, fields, 1,
                new TreeMap<>(Map.of("s", "x".repeat(1025)))));
    }

    @Test
    void copiesMutableInputSoLaterChangesDoNotLeakIn() {
        TreeMap<String, String> tags = new TreeMap<>(Map.of("host", "a"));
        TreeMap<String, Number> fields = new TreeMap<>(Map.of("v", 1L));
        Point p = new Point("m", tags, fields, 5);
        tags.put("host", "b");
        fields.put("w", 2L);
        assertEquals(Map.of("host", "a"), p.tags());
        assertEquals(Map.of("v", 1L), p.fields());
        assertThrows(UnsupportedOperationException.class, () -> p.tags().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> p.fields().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.fields().entrySet().iterator().next().setValue(3));
    }

    @Test
    void sharesValidatedTagsAndFieldsInsteadOfCopyingThem() {
        SortedMap<String, String> tags = Point.tagMap(Map.of("host", "a", "site", "s"));
        Point p = Point.ofInteger("m", tags, "v", 7, 1);
        Point q = new Point("m2", p.tags(), p.fields(), 2);
        assertSame(tags, p.tags());
        assertSame(p.fields(), q.fields());
    }

    @Test
    void unmodifiableViewOfAMutableMapIsStillCopied() {
        TreeMap<String, String> inner = new TreeMap<>(Map.of("host", "a"));
        Point p = new Point("m", Collections.unmodifiableSortedMap(inner), new TreeMap<>(Map.of("v", 1.5)), 1);
        inner.put("host", "changed");
        assertEquals("a", p.tags().get("host"));
    }

    @Test
    void sortsUnsortedInputAndNormalisesValues() {
        Map<String, String> tags = new HashMap<>(Map.of("z", "1", "a", "2", "m", "3"));
        Point p = new Point("m", Point.tagMap(tags), new TreeMap<>(Map.of("i", 3, "d", 2.5f)), 9);
        assertEquals("[a, m, z]", p.tags().keySet().toString());
        assertEquals(3L, p.fields().get("i"));
        assertEquals(2.5, p.fields().get("d"));
        assertEquals("m,a=2,m=3,z=1 d=2.5,i=3i 9", p.toLineProtocol());
    }

    @Test
    void refusesBadNamesAndValues() {
        SortedMap<String, String> tags = Point.tagMap(Map.of());
        assertThrows(IllegalArgumentException.class, () -> Point.ofInteger("", tags, "v", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Point.ofInteger("m\n", tags, "v", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Point.ofInteger("m", tags, "v\r", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Point.of("m", tags, "v", Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Point.tagMap(Map.of("k", "")));
        assertThrows(IllegalArgumentException.class, () -> new Point("m", tags, new TreeMap<>(), 1));
    }

    @Test
    void refusesANameEndingInABackslashWhichLineProtocolCannotCarry() throws LineProtocolException {
        var e = assertThrows(IllegalArgumentException.class, () -> Point.tagMap(Map.of("drive", "C:\\")));
        assertEquals("value of tag drive must not end in a backslash (C:\\): line protocol cannot carry it",
                e.getMessage());
        SortedMap<String, String> tags = Point.tagMap(Map.of());
        assertThrows(IllegalArgumentException.class, () -> Point.ofInteger("m\\", tags, "v", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Point.ofInteger("m", tags, "v\\", 1, 1));
        // Inside a name a backslash is fine, and reads back as itself.
        Point p = Point.ofInteger("m", Point.tagMap(Map.of("path", "C:\\Users")), "v", 1, 1);
        assertEquals(p, LineProtocolParser.parse(p.toLineProtocol()));
    }

    @Test
    void equalityAndHashDoNotDependOnTheMapImplementation() {
        Point a = new Point("m", new TreeMap<>(Map.of("h", "x")), new TreeMap<>(Map.of("v", 1L)), 1);
        Point b = Point.ofInteger("m", Point.tagMap(Map.of("h", "x")), "v", 1, 1);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(new TreeMap<>(Map.of("h", "x")), a.tags());
        assertEquals(new TreeMap<>(Map.of("h", "x")).hashCode(), a.tags().hashCode());
        assertEquals("{h=x}", a.tags().toString());
    }
}
