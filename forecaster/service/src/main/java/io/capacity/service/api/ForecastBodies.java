package io.capacity.service.api;

import io.capacity.app.query.AdHocForecast;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.RawSeries;
import io.capacity.core.time.TimestampException;
import io.capacity.core.time.TimestampParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies of {@code POST /api/v1/forecasts}: read whole up to {@link #MAX_BYTES} (more is a 413), UTF-8 only,
 * then either JSON ({@code {"series": [{"time": T, "value": V}, ...]}} or {@code {"times": [...], "values": [...]}},
 * with the forecast's options as fields) or CSV ({@code timestamp,value} with a header, read by the command line's
 * CSV reader, options as query parameters). Times are what the CSV reader accepts (ISO-8601 or epoch numbers); a
 * value is a number or {@code null} (a gap, as an empty CSV cell).
 */
final class ForecastBodies {
    /** 100,000 observations as JSON objects fit comfortably. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** A declared body up to this size is read and dropped before the 413; a larger one is not read at all. */
    static final long DRAIN_BYTES = 64L * 1024 * 1024;
    static final String WHERE = "request body";
    static final Set<String> OPTIONS = Set.of("horizon", "step", "model", "levels", "season");
    private static final Set<String> FIELDS = Set.of("id", "series", "times", "values", "horizon", "step", "model",
            "levels", "season");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A body that is larger than {@link #MAX_BYTES}. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("request body: larger than " + MAX_BYTES / (1024 * 1024) + " MiB; send at most "
                    + AdHocForecast.MAX_POINTS + " observations");
        }
    }

    /** The body's series and, from a JSON body, the options it gives (text as a query parameter would hold it). */
    record Parsed(RawSeries series, Map<String, String> options) {
    }

    private ForecastBodies() {
    }

    /**
     * The body as text. One over the limit is read on (up to {@link #DRAIN_BYTES}) and dropped before the 413, so
     * the client, still sending, reads the answer instead of a reset connection.
     */
    static String read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > DRAIN_BYTES) {
            throw new TooLarge();
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            in.skipNBytes(Math.max(0, Math.min(DRAIN_BYTES, declaredLength) - bytes.length));
            throw new TooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(WHERE + ": not UTF-8 text");
        }
    }

    static Parsed csv(String body) {
        try {
            List<RawSeries> all = CsvSeriesReader.read(new BufferedReader(new StringReader(body)), WHERE, "series");
            if (all.size() != 1) {
                throw new IllegalArgumentException(WHERE + ": " + (all.isEmpty() ? "no rows after the header"
                        : all.size() + " series; send one (timestamp,value rows) per request"));
            }
            return new Parsed(all.get(0), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a string", e);
        }
    }

    static Parsed json(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(WHERE + ": not valid JSON" + where + " (NaN and Infinity are not JSON: "
                    + "send null for a missing value)");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(WHERE + ": expected a JSON object such as {\"series\": [{\"time\": "
                    + "\"2024-03-01T00:00:00Z\", \"value\": 1.5}, ...], \"horizon\": 24}");
        }
        for (String f : root.propertyNames()) {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(WHERE + ": unknown field '" + clip(f) + "'; expected "
                        + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        Map<String, String> options = new TreeMap<>();
        for (String o : OPTIONS) {
            JsonNode v = root.get(o);
            if (v != null && !v.isNull()) {
                options.put(o, option(o, v));
            }
        }
        String id = root.has("id") && !root.get("id").isNull() ? text(root.get("id"), "id") : "series";
        List<Instant> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        JsonNode series = root.get("series");
        if (series != null && (root.has("times") || root.has("values"))) {
            throw new IllegalArgumentException(WHERE + ": give either series or times and values, not both");
        }
        if (series != null) {
            array(series, "series");
            int i = 0;
            for (JsonNode p : series) {
                String at = "series[" + i++ + "]";
                if (!p.isObject() || !p.has("time") || p.size() != 2 || !p.has("value")) {
                    throw new IllegalArgumentException(WHERE + ": " + at + " must be {\"time\": ..., \"value\": ...}");
                }
                times.add(time(p.get("time"), at + ".time"));
                values.add(value(p.get("value"), at + ".value"));
            }
        } else {
            JsonNode t = root.get("times");
            JsonNode v = root.get("values");
            if (t == null || v == null) {
                throw new IllegalArgumentException(WHERE + ": expected series (an array of {\"time\", \"value\"}) "
                        + "or times and values (two arrays of equal length)");
            }
            array(t, "times");
            array(v, "values");
            if (t.size() != v.size()) {
                throw new IllegalArgumentException(WHERE + ": " + t.size() + " times but " + v.size() + " values");
            }
            for (int i = 0; i < t.size(); i++) {
                times.add(time(t.get(i), "times[" + i + "]"));
                values.add(value(v.get(i), "values[" + i + "]"));
            }
        }
        RawSeries raw = new RawSeries(id, times.toArray(Instant[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
        return new Parsed(raw, options);
    }

    private static void array(JsonNode n, String name) {
        if (!n.isArray()) {
            throw new IllegalArgumentException(WHERE + ": " + name + " must be an array");
        }
        if (n.size() > AdHocForecast.MAX_POINTS) {
            throw new IllegalArgumentException(WHERE + ": " + name + " has " + n.size() + " entries; at most "
                    + AdHocForecast.MAX_POINTS);
        }
    }

    /** An option as the text a query parameter would hold: levels as an array or {@code "80,95"}. */
    private static String option(String name, JsonNode v) {
        if (name.equals("levels") && v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode l : v) {
                if (!l.isNumber()) {
                    throw new IllegalArgumentException(WHERE + ": levels must be numbers, e.g. [80, 95]");
                }
                out.add(l.asString());
            }
            return String.join(",", out);
        }
        if (v.isNumber() && (name.equals("horizon") || name.equals("season") || name.equals("levels"))) {
            return v.asString();
        }
        return text(v, name);
    }

    private static String text(JsonNode v, String name) {
        if (!v.isString()) {
            throw new IllegalArgumentException(WHERE + ": " + name + " must be a string");
        }
        return v.stringValue();
    }

    private static Instant time(JsonNode v, String at) {
        if (v == null || !(v.isString() || v.isIntegralNumber())) {
            throw new IllegalArgumentException(WHERE + ": " + at + " must be a time: " + TimestampParser.EXPECTED);
        }
        String text = v.isString() ? v.stringValue() : v.asString();
        try {
            return TimestampParser.UTC.instant(text.strip());
        } catch (TimestampException e) {
            throw new IllegalArgumentException(WHERE + ": " + at + " '" + clip(text) + "': " + e.reason());
        }
    }

    /** A number, or null for a gap; a non-finite number (1e999) is a gap too, as the CSV reader's. */
    private static double value(JsonNode v, String at) {
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(WHERE + ": " + at + " must be a number or null");
        }
        return v.doubleValue();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
