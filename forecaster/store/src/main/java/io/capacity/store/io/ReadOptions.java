package io.capacity.store.io;

import io.capacity.core.time.EpochUnit;
import io.capacity.schema.Excerpt;
import io.capacity.schema.Point;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to read one file; validated as a whole so the CLI can list every problem with the options at once.
 *
 * @param format      the file's syntax
 * @param zone        zone of timestamps written without an offset (UTC by default); offsets in the text win
 * @param epochUnit   unit of numeric timestamps; {@link EpochUnit#AUTO} decides by magnitude for CSV and NAB and
 *                    means nanoseconds (InfluxDB's default precision) for line protocol
 * @param measurement CSV: default for rows without a measurement; NAB: required; LP: not allowed (each line names
 *                    its own)
 * @param field       same rules as {@code measurement}, for the field
 * @param tags        added to every point; a CSV column or line-protocol tag with the same key is an error rather
 *                    than a silent override
 */
public record ReadOptions(Format format, ZoneId zone, EpochUnit epochUnit, String measurement, String field,
                          SortedMap<String, String> tags) {

    public ReadOptions {
        List<String> problems = new ArrayList<>();
        if (format == null) {
            problems.add("format is required (csv, nab or lp)");
        }
        zone = zone == null ? ZoneOffset.UTC : zone;
        epochUnit = epochUnit == null ? EpochUnit.AUTO : epochUnit;
        checkName("measurement", measurement, problems);
        checkName("field", field, problems);
        if (format == Format.NAB && (measurement == null || field == null)) {
            problems.add("NAB files hold bare timestamp,value rows: --measurement and --field are required");
        }
        if (format == Format.LP && (measurement != null || field != null)) {
            problems.add("line protocol names its own measurement and fields: drop --measurement and --field");
        }
        try {
            tags = Point.tagMap(tags == null ? Map.of() : tags);
        } catch (IllegalArgumentException e) {
            problems.add("--tag: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid import options: " + String.join("; ", problems));
        }
    }

    public static ReadOptions of(Format format) {
        return new ReadOptions(format, null, null, null, null, null);
    }

    /** NAB-style options: the series every row of the file belongs to. */
    public static ReadOptions nab(String measurement, String field, Map<String, String> tags) {
        return new ReadOptions(Format.NAB, null, null, measurement, field, new TreeMap<>(tags));
    }

    public ReadOptions withZone(ZoneId z) {
        return new ReadOptions(format, z, epochUnit, measurement, field, tags);
    }

    public ReadOptions withEpochUnit(EpochUnit u) {
        return new ReadOptions(format, zone, u, measurement, field, tags);
    }

    public ReadOptions withDefaults(String m, String f, Map<String, String> t) {
        return new ReadOptions(format, zone, epochUnit, m, f, new TreeMap<>(t));
    }

    private static void checkName(String what, String value, List<String> problems) {
        if (value != null && (value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            problems.add("--" + what + " must be non-empty and on one line (" + Excerpt.of(value) + ")");
        }
    }
}
