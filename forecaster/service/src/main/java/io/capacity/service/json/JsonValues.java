package io.capacity.service.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * How the planner's documents write plain values, wherever they occur (record fields, cost-line inputs): a double
 * that is a whole number below 10^15 without a fraction ({@code 24}, not {@code 24.0}), any other finite double as
 * Java prints it, a non-finite one as {@code null} (JSON has no NaN); enum constants in lower case; times and
 * dates in ISO-8601 as {@code toString} writes them ({@code 2018-01-08T19:00:00Z}, {@code PT1H}, {@code 2018-01-08}).
 */
final class JsonValues {
    private JsonValues() {
    }

    static void number(JsonGenerator g, double d) {
        if (!Double.isFinite(d)) {
            g.writeNull();
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }

    static void number(JsonGenerator g, String name, double d) {
        g.writeName(name);
        number(g, d);
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** {@code v} rounded half up to {@code 10^-digits}, as the documents show it. */
    static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }

    /** A serializer that writes one JSON object with {@code fields}. */
    static <T> ValueSerializer<T> object(BiConsumer<T, JsonGenerator> fields) {
        return new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext ctx) {
                g.writeStartObject(value);
                fields.accept(value, g);
                g.writeEndObject();
            }
        };
    }

    /** A serializer that writes one scalar with {@code writer}. */
    static <T> ValueSerializer<T> scalar(BiConsumer<T, JsonGenerator> writer) {
        return new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext ctx) {
                writer.accept(value, g);
            }
        };
    }

    static final ValueSerializer<Double> DOUBLE = scalar((d, g) -> number(g, d));
    static final ValueSerializer<Enum> ENUM = scalar((e, g) -> g.writeString(name(e)));
    static final ValueSerializer<Instant> INSTANT = scalar((t, g) -> g.writeString(t.toString()));
    static final ValueSerializer<Duration> DURATION = scalar((t, g) -> g.writeString(t.toString()));
    static final ValueSerializer<LocalDate> DATE = scalar((t, g) -> g.writeString(t.toString()));
}
