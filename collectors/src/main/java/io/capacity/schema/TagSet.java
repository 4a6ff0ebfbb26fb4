package io.capacity.schema;

import java.util.Map;
import java.util.Objects;

/**
 * A validated, immutable tag set, meant to be shared by every point of a series. It keeps its line-protocol form
 * ({@code ,key=value...}, escaped, UTF-8) so that formatting a point copies those bytes instead of escaping and
 * encoding the same tags again for each point.
 */
final class TagSet extends SortedArrayMap<String> {
    static final TagSet EMPTY = new TagSet(new String[0], new Object[0]);

    private final byte[] lineProtocol;

    private TagSet(String[] keys, Object[] values) {
        super(keys, values);
        LineProtocolBytes out = new LineProtocolBytes(16 * keys.length);
        out.appendTags(keys, values);
        this.lineProtocol = out.toByteArray();
    }

    /** {@code tags} itself when it is a tag set already, else a validated copy. */
    static TagSet of(Map<String, String> tags) {
        Objects.requireNonNull(tags, "tags");
        if (tags instanceof TagSet t) {
            return t;
        }
        if (tags.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[tags.size()];
        Object[] values = new Object[keys.length];
        copySorted(tags, keys, values, (k, v) -> {
            Names.requireName("tag key", k);
            return Names.requireName("value of tag " + k, v);
        });
        return new TagSet(keys, values);
    }

    /** The escaped {@code ,key=value} pairs, UTF-8; not to be modified. */
    byte[] lineProtocol() {
        return lineProtocol;
    }
}
