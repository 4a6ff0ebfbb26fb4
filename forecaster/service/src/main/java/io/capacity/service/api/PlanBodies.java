package io.capacity.service.api;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The plans API's small JSON bodies: an object with known fields, each a string of bounded length. A missing body
 * is an empty one; anything else is one line naming the field and what is expected.
 */
final class PlanBodies {
    static final int MAX_TEXT = 1000;

    private PlanBodies() {
    }

    /** The string field {@code name} of {@code body} (null when absent or JSON null), after checking every field. */
    static String text(JsonNode body, Set<String> fields, String name) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return null;
        }
        if (!body.isObject()) {
            throw new IllegalArgumentException("request body: expected a JSON object such as {\"" + name
                    + "\": \"...\"}, got " + kind(body));
        }
        for (String f : body.propertyNames()) {
            if (!fields.contains(f)) {
                throw new IllegalArgumentException("request body: unknown field '" + f + "'; expected "
                        + String.join(", ", new java.util.TreeSet<>(fields)));
            }
        }
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException("request body: field '" + name + "' must be a string, got " + kind(v));
        }
        String s = v.stringValue();
        if (s.length() > MAX_TEXT || s.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new IllegalArgumentException("request body: field '" + name + "' must be at most " + MAX_TEXT
                    + " characters without control characters");
        }
        return s.isBlank() ? null : s;
    }

    private static String kind(JsonNode n) {
        return n.isObject() ? "an object" : n.isArray() ? "an array" : n.isNumber() ? "a number"
                : n.isBoolean() ? "a boolean" : n.isString() ? "a string" : "null";
    }
}
