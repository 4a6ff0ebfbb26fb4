package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The array map must behave as the TreeMap it replaced, read-only. */
class SortedArrayMapTest {
    private final TreeMap<String, String> tree = new TreeMap<>(Map.of("b", "2", "d", "4", "f", "6", "h", "8"));
    private final SortedMap<String, String> map = Point.tagMap(tree);

    @Test
    void readsAsTheTreeMapDoes() {
        assertEquals(tree, map);
        assertEquals(tree.toString(), map.toString());
        assertEquals(new ArrayList<>(tree.keySet()), new ArrayList<>(map.keySet()));
        assertEquals(new ArrayList<>(tree.values()), new ArrayList<>(map.values()));
        assertEquals("b", map.firstKey());
        assertEquals("h", map.lastKey());
        assertEquals("4", map.get("d"));
        assertNull(map.get("c"));
        assertNull(map.get(42));
        List<String> seen = new ArrayList<>();
        map.forEach((k, v) -> seen.add(k + v));
        assertEquals(List.of("b2", "d4", "f6", "h8"), seen);
    }

    @Test
    void rangesMatchTheTreeMapsIncludingBoundsBetweenKeys() {
        for (String from : List.of("a", "b", "c", "h", "z")) {
            assertEquals(tree.tailMap(from), map.tailMap(from), "tail " + from);
            assertEquals(tree.headMap(from), map.headMap(from), "head " + from);
            for (String to : List.of("b", "e", "h", "i")) {
                if (from.compareTo(to) <= 0) {
                    assertEquals(tree.subMap(from, to), map.subMap(from, to), from + ".." + to);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> map.subMap("z", "a"));
    }

    @Test
    void emptyMapHasNoEnds() {
        SortedMap<String, String> empty = Point.tagMap(Map.of());
        assertThrows(NoSuchElementException.class, empty::firstKey);
        assertThrows(NoSuchElementException.class, empty::lastKey);
        assertThrows(NoSuchElementException.class, () -> empty.entrySet().iterator().next());
    }

    @Test
    void refusesEveryChange() {
        assertThrows(UnsupportedOperationException.class, () -> map.put("a", "1"));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("b"));
        assertThrows(UnsupportedOperationException.class, () -> map.keySet().clear());
        assertThrows(UnsupportedOperationException.class, () -> map.replaceAll((k, v) -> v));
        assertThrows(UnsupportedOperationException.class, () -> map.tailMap("c").put("x", "y"));
        assertEquals(tree, map);
    }
}
