package io.capacity.store.io;

import io.capacity.schema.Excerpt;
import io.capacity.schema.Point;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Measurement and immutable tag map per distinct raw series text, so a file of millions of rows builds each tag
 * map once and every point of a series shares it. Bounded: a file with more distinct series than
 * {@link #MAX_ENTRIES} (a cardinality problem in itself) just rebuilds maps, it does not run out of memory.
 */
final class SeriesHeads {
    static final int MAX_ENTRIES = 100_000;

    record Head(String measurement, SortedMap<String, String> tags) {
    }

    private final Map<String, Head> heads = new HashMap<>();
    private final SortedMap<String, String> extraTags;

    /** @param extraTags the options' tags, added to every series */
    SeriesHeads(SortedMap<String, String> extraTags) {
        this.extraTags = extraTags;
    }

    Head get(String rawKey) {
        return heads.get(rawKey);
    }

    /** Validates and caches a series; a tag also given in the options is an error, not a silent override. */
    Head put(String rawKey, String measurement, Map<String, String> tags) throws RowError {
        // Without option tags, a tag map that is already Point's own (a parsed line's) is used as it is.
        Map<String, String> all = extraTags.isEmpty() ? tags : withExtraTags(tags);
        Head head;
        try {
            head = new Head(measurement, Point.tagMap(all));
        } catch (IllegalArgumentException e) {
            throw new RowError(e.getMessage());
        }
        if (heads.size() >= MAX_ENTRIES) {
            heads.clear();
        }
        heads.put(rawKey, head);
        return head;
    }

    private Map<String, String> withExtraTags(Map<String, String> tags) throws RowError {
        TreeMap<String, String> all = new TreeMap<>(tags);
        for (Map.Entry<String, String> e : extraTags.entrySet()) {
            String own = all.putIfAbsent(e.getKey(), e.getValue());
            if (own != null) {
                throw new RowError("tag " + e.getKey() + "=" + Excerpt.of(own) + " is also given as --tag "
                        + e.getKey() + "=" + Excerpt.of(e.getValue()) + "; drop one of them");
            }
        }
        return all;
    }
}
