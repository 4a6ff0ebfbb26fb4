package io.capacity.schema;

import java.util.Map;
import java.util.Objects;

/**
 * A point's validated, immutable boolean and string fields ({@link FieldKind#STATE}): {@link Boolean} or a
 * {@link String} of at most {@link #MAX_TEXT} characters without control characters, by key.
 */
final class StateSet extends SortedArrayMap<Object> {
    static final StateSet EMPTY = new StateSet(new String[0], new Object[0]);
    /** Longest string value: a state is a word or a short phrase, not a document. */
    static final int MAX_TEXT = 1024;

    private StateSet(String[] keys, Object[] values) {
        super(keys, values);
    }

    static StateSet of(String measurement, Map<String, ?> states) {
        Objects.requireNonNull(states, "states");
        if (states instanceof StateSet s) {
            return s;
        }
        if (states.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[states.size()];
        Object[] values = new Object[keys.length];
        @SuppressWarnings("unchecked") // read only, as Objects
        Map<String, Object> all = (Map<String, Object>) states;
        copySorted(all, keys, values, (k, v) -> check(measurement, Names.requireName("field key", k), v));
        return new StateSet(keys, values);
    }

    private static Object check(String measurement, String field, Object v) {
        Objects.requireNonNull(v, () -> "value of field " + field);
        if (v instanceof Boolean) {
            return v;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("field " + field + " of " + measurement + " must be a boolean or a "
                    + "string, got " + v.getClass().getSimpleName());
        }
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException("field " + field + " of " + measurement + " must be at most " + MAX_TEXT
                    + " characters, got " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw new IllegalArgumentException("field " + field + " of " + measurement
                        + " must not contain control characters");
            }
        }
        return s;
    }
}
