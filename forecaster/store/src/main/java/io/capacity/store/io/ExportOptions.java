package io.capacity.store.io;

import io.capacity.schema.FieldDef;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import io.capacity.store.common.Nanos;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What to export besides the series selection.
 *
 * @param from         first instant exported (inclusive); by default the earliest InfluxDB stores
 *                     (1677-09-21T00:12:43.145224194Z)
 * @param to           end (exclusive); by default just after the latest InfluxDB stores
 *                     (2262-04-11T23:47:16.854775806Z), so every stored point is exported
 * @param integerField series to write with the {@code i} suffix besides those the store holds as integers
 *                     ({@code MetricStore.storedAsInteger}): by default the fields the {@link MetricSchema}
 *                     declares as integers (Telegraf's counters), for data written as floats by other tools.
 *                     Non-whole values are always written as floats.
 */
public record ExportOptions(Instant from, Instant to, Predicate<SeriesKey> integerField) {
    // InfluxDB's whole time range (LineProtocolParser.MIN_TIME..MAX_TIME), the end exclusive: Long.MAX_VALUE ns.
    public static final Instant EARLIEST = Nanos.toInstant(LineProtocolParser.MIN_TIME);
    public static final Instant LATEST = Nanos.toInstant(Long.MAX_VALUE);

    public ExportOptions {
        // Clamped to InfluxDB's range, which every store holds: nothing is outside it, and bounds stay nanoseconds.
        from = from == null || from.isBefore(EARLIEST) ? EARLIEST : from;
        to = to == null || to.isAfter(LATEST) ? LATEST : to;
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
