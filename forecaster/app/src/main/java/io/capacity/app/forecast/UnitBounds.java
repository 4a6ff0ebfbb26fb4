package io.capacity.app.forecast;

import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.hint.Hints;
import io.capacity.core.select.Bounds;
import io.capacity.schema.FieldDef;
import io.capacity.schema.FieldKind;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical bounds a stored series' unit implies (the field's unit in {@code MetricSchema}, or for an IPMI sensor
 * its {@code unit} tag): percent in [0, 100], fractions (ratio 0-1) in [0, 1], counters' rates and quantities that
 * cannot be negative (watts, bytes, bits and bytes per second, counts, durations) at least 0. A field we do not
 * know (imported data) or a unit that can be negative (degrees) has none.
 */
public final class UnitBounds {
    private static final Logger LOG = LoggerFactory.getLogger(UnitBounds.class);
    /** Units of quantities that are never negative. */
    static final Set<String> NON_NEGATIVE = Set.of("watts", "bytes", "bytes per second", "bits per second",
            "megabits per second", "count", "packets", "points", "seconds", "milliseconds", "minutes", "cores", "gb",
            "mbps", "rpm", "amps", "volts", "hosts");

    private UnitBounds() {
    }

    /** The bounds of {@code key}'s unit; empty when its unit is unknown or can be negative. */
    public static Optional<Bounds> of(SeriesKey key) {
        Optional<FieldDef> field = MetricSchema.measurement(key.measurement()).flatMap(m -> m.field(key.field()));
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (field.get().kind() == FieldKind.COUNTER) {
            return Optional.of(Bounds.NON_NEGATIVE);
        }
        String unit = field.get().unit();
        if (unit.equals("sensor unit")) {
            String tag = key.tag("unit");
            unit = tag == null ? "" : tag;
        }
        return ofUnit(unit);
    }

    /** The bounds a unit's name implies ({@code percent}, {@code ratio 0-1}, {@code watts}, ...), if any. */
    public static Optional<Bounds> ofUnit(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (u.equals("percent") || u.equals("%")) {
            return Optional.of(Bounds.PERCENT);
        }
        if (u.equals("ratio 0-1") || u.equals("fraction")) {
            return Optional.of(Bounds.FRACTION);
        }
        return NON_NEGATIVE.contains(u) ? Optional.of(Bounds.NON_NEGATIVE) : Optional.empty();
    }

    /**
     * Each forecast of a stored series truncated to its unit's bounds, logged in one line with how to override it;
     * forecasts of series whose id is not a stored series' key, or whose unit has none, are left as they are.
     */
    public static List<SeriesForecast> clip(List<SeriesForecast> results) {
        List<SeriesForecast> out = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (SeriesForecast r : results) {
            Optional<Bounds> b = r.forecast() == null ? Optional.empty() : keyOf(r.seriesId()).flatMap(UnitBounds::of);
            if (b.isPresent()) {
                counts.merge(b.get().text(), 1, Integer::sum);
                out.add(new SeriesForecast(r.seriesId(), b.get().clip(r.forecast()), r.gaps(), r.error()));
            } else {
                out.add(r);
            }
        }
        if (!counts.isEmpty()) {
            List<String> parts = new ArrayList<>();
            counts.forEach((text, n) -> parts.add(n + " in " + text));
            LOG.info("bounds from the series' units (percent 0:100, fractions 0:1, rates, watts and bytes 0:): {};"
                    + " forecasts and intervals truncated to them; override with {}", String.join(", ", parts),
                    Hints.option("bounds", "LO:HI"));
        }
        return out;
    }

    private static Optional<SeriesKey> keyOf(String id) {
        try {
            return Optional.of(SeriesKey.parse(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
