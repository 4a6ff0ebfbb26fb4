package io.capacity.store.io;

import io.capacity.schema.FieldDef;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What to export besides the series selection.
 *
 * @param from         first instant exported (inclusive); by default the earliest storable (1677-09-21)
 * @param to           end (exclusive); by default the latest storable (2262-04-11)
 * @param integerField series to write with the {@code i} suffix besides those the store holds as integers
 *                     ({@code MetricStore.storedAsInteger}): by default the fields the {@link MetricSchema}
 *                     declares as integers (Telegraf's counters), for data written as floats by other tools.
 *                     Non-whole values are always written as floats.
 */
public record ExportOptions(Instant from, Instant to, Predicate<SeriesKey> integerField) {
    // Whole seconds inside the epoch-nanosecond range, so an adapter's naive seconds * 1e9 + nanos cannot overflow.
    public static final Instant EARLIEST = Instant.ofEpochSecond(-9_223_372_036L);
    public static final Instant LATEST = Instant.ofEpochSecond(9_223_372_036L);

    public ExportOptions {
        from = from == null ? EARLIEST : from;
        to = to == null ? LATEST : to;
        integerField = integerField == null ? ExportOptions::schemaInteger : integerField;
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("export range is empty: from " + from + " is not before to " + to);
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(null, null, null);
    }

    public ExportOptions withRange(Instant f, Instant t) {
        return new ExportOptions(f, t, integerField);
    }

    public ExportOptions withIntegerFields(Predicate<SeriesKey> p) {
        return new ExportOptions(from, to, Objects.requireNonNull(p, "integerField"));
    }

    static boolean schemaInteger(SeriesKey key) {
        return MetricSchema.measurement(key.measurement()).flatMap(m -> m.field(key.field()))
                .map(FieldDef::integer).orElse(false);
    }
}
