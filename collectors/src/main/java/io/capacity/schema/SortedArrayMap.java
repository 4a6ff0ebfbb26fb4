package io.capacity.schema;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;

/**
 * An immutable map of String keys in natural order, held in two arrays. A point's tags and fields are a handful of
 * entries built once and read a few times; a TreeMap spends a node, comparisons and an unmodifiable wrapper on
 * each, which was most of the cost of making a point in scripts/bench-collect.sh. Views ({@code headMap} and the
 * like) are copies, which for an immutable map is indistinguishable.
 */
class SortedArrayMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    final String[] keys;
    final Object[] values;

    /** Takes the arrays as they are: keys strictly ascending, no nulls; callers must not keep them. */
    SortedArrayMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Copies {@code map} in natural key order, passing each entry through {@code check}. */
    static <V> void copySorted(Map<String, ? extends V> map, String[] keys, Object[] values, EntryCheck<V> check) {
        int[] i = {0};
        map.forEach((k, v) -> {
            keys[i[0]] = k;
            values[i[0]++] = check.checked(k, v);
        });
        if (!(map instanceof SortedMap<?, ?> s) || s.comparator() != null) {
            sortByKey(keys, values);
        }
    }

    /** Validates one entry, returning the value to store. */
    interface EntryCheck<V> {
        V checked(String key, V value);
    }

    private static void sortByKey(String[] keys, Object[] values) {
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, j -> j);
        Arrays.sort(order, Comparator.comparing(j -> keys[j]));
        String[] k = keys.clone();
        Object[] v = values.clone();
        for (int j = 0; j < order.length; j++) {
            keys[j] = k[order[j]];
            values[j] = v[order[j]];
        }
    }

    int indexOf(Object key) {
        return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
    }

    @SuppressWarnings("unchecked")
    V valueAt(int i) {
        return (V) values[i];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public V get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? valueAt(i) : null;
    }

    // Without this override every forEach would go through entrySet and allocate an entry per element.
    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], valueAt(i));
        }
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], valueAt(i));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof SortedArrayMap<?> m) {
            return Arrays.equals(keys, m.keys) && Arrays.equals(values, m.values);
        }
        return super.equals(o);
    }

    // Same value as AbstractMap's (sum of key ^ value hashes), without an entry object per element.
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            h += keys[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        if (keys.length == 0) {
            throw new NoSuchElementException();
        }
        return keys[0];
    }

    @Override
    public String lastKey() {
        if (keys.length == 0) {
            throw new NoSuchElementException();
        }
        return keys[keys.length - 1];
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " > toKey " + toKey);
        }
        return range(insertionPoint(fromKey), insertionPoint(toKey));
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        return range(0, insertionPoint(toKey));
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        return range(insertionPoint(fromKey), keys.length);
    }

    private int insertionPoint(String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? i : -i - 1;
    }

    private SortedMap<String, V> range(int from, int to) {
        return new SortedArrayMap<>(Arrays.copyOfRange(keys, from, to), Arrays.copyOfRange(values, from, to));
    }
}
