package io.capacity.core.input;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Timestamps as exporters write them: ISO instants or offsets, zone-less ISO (taken as UTC), or epoch seconds. */
final class Timestamps {
    private Timestamps() {
    }

    /** @throws IllegalArgumentException when the text is none of the accepted forms */
    static Instant parse(String text) {
        String t = text.trim();
        if (!t.isEmpty() && t.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            double seconds = Double.parseDouble(t);
            return Instant.ofEpochMilli(Math.round(seconds * 1000));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an offset timestamp; try the zone-less forms
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp (ISO-8601 or epoch seconds)");
        }
    }
}
