package io.capacity.service.api;

import io.capacity.app.DurationText;
import io.capacity.app.plan.WhatIfSpec;
import io.capacity.core.input.RawSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/what-if}'s body, read into the application layer's {@link WhatIfSpec} (the command line's
 * {@code --what-if-*} options) with the plan's horizon and model. Every field is checked for its JSON type and
 * bounded before any forecasting; a refusal is one line naming the field.
 *
 * @param horizon null for the plan's default
 * @param model   null for the plan's default
 */
record WhatIfBody(WhatIfSpec spec, Duration horizon, String model) {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_SERIES = 100;
    static final int MAX_POINTS = 100_000;
    static final int MAX_HOST_ENTRIES = 1000;
    static final int MAX_HOSTS_ADDED = 1000;
    static final int MAX_TEXT = 200;
    static final Duration MAX_HORIZON = Duration.ofDays(30);

    /** The body's fields, by the application layer's option keys ({@code what_if_tariff} is {@code tariff}). */
    static final Map<String, String> FIELDS = Map.of("what_if_workload", "workload_percent", "what_if_extra",
            "extra_demand", "what_if_add_hosts", "add_hosts", "what_if_remove_hosts", "remove_hosts",
            "what_if_tariff", "tariff", "what_if_pue", "pue", "what_if_lead_time", "lead_time",
            "what_if_target_util", "target_util", "what_if_boot_time", "boot_time");
    private static final Set<String> OTHER = Set.of("horizon", "model");

    /** The field a use case's option key names, as a client wrote it. */
    static String field(String key) {
        return "field " + FIELDS.getOrDefault(key, key);
    }

    static WhatIfBody of(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull() || !body.isObject()) {
            throw bad("request body: expected a JSON object of changes such as {\"workload_percent\": 20}, got "
                    + kind(body));
        }
        Set<String> allowed = new TreeSet<>(FIELDS.values());
        allowed.addAll(OTHER);
        for (String f : body.propertyNames()) {
            if (!allowed.contains(f)) {
                throw bad("request body: unknown field '" + QueryText.printable(f) + "'; expected "
                        + String.join(", ", allowed));
            }
        }
        WhatIfSpec spec = new WhatIfSpec(number(body, "workload_percent"), null, hostsToAdd(body),
                texts(body, "remove_hosts", MAX_HOST_ENTRIES), number(body, "tariff"), number(body, "pue"),
                duration(body, "lead_time"), number(body, "target_util"), duration(body, "boot_time"),
                series(body));
        if (!spec.any()) {
            throw bad("request body: no change asked; give at least one of " + String.join(", ",
                    new TreeSet<>(FIELDS.values())));
        }
        Duration h = duration(body, "horizon");
        if (h != null && h.compareTo(MAX_HORIZON) > 0) {
            throw bad("request body: field 'horizon' must be at most 30d, got " + DurationText.of(h));
        }
        return new WhatIfBody(spec, h, text(body, "model"));
    }

    private static Double number(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw bad("request body: field '" + name + "' must be a finite number, got " + kind(v));
        }
        return v.asDouble();
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return string(v, "field '" + name + "'");
    }

    private static String string(JsonNode v, String where) {
        if (!v.isString()) {
            throw bad("request body: " + where + " must be a string, got " + kind(v));
        }
        String s = v.stringValue();
        if (s.isBlank() || s.length() > MAX_TEXT || s.chars().anyMatch(Character::isISOControl)) {
            throw bad("request body: " + where + " must be 1 to " + MAX_TEXT + " characters without control "
                    + "characters");
        }
        return s;
    }

    private static Duration duration(JsonNode body, String name) {
        String s = text(body, name);
        if (s == null) {
            return null;
        }
        try {
            Duration d = DurationText.parse(s);
            if (!d.isNegative() && !d.isZero() && d.compareTo(Duration.ofDays(3650)) <= 0) {
                return d;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw bad("request body: field '" + name + "' must be a duration such as 30m, 12h or 42d (at most 3650d), "
                + "got '" + QueryText.printable(s) + "'");
    }

    private static List<String> texts(JsonNode body, String name, int max) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() > max) {
            throw bad("request body: field '" + name + "' must be an array of at most " + max + " strings, got "
                    + kind(v) + (v.isArray() ? " of " + v.size() : ""));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(string(v.get(i), "field '" + name + "'[" + i + "]"));
        }
        return out;
    }

    /** {@code N:MODEL[:CLUSTER]} entries, each adding at most {@link #MAX_HOSTS_ADDED} hosts. */
    private static List<String> hostsToAdd(JsonNode body) {
        List<String> out = texts(body, "add_hosts", MAX_HOST_ENTRIES);
        long total = 0;
        for (String s : out) {
            String n = s.split(":", 2)[0].trim();
            if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
                total = Math.min(Integer.MAX_VALUE, total + (n.length() > 9 ? Integer.MAX_VALUE : Long.parseLong(n)));
            }
        }
        if (total > MAX_HOSTS_ADDED) {
            throw bad("request body: field 'add_hosts' adds " + (total == Integer.MAX_VALUE ? "too many" : total)
                    + " hosts; at most " + MAX_HOSTS_ADDED + " in all");
        }
        return out;
    }

    /** {@code [{"series": "CLUSTER:cpu", "points": [{"time": "...", "value": 4.5}, ...]}, ...]}; null values are gaps. */
    private static List<RawSeries> series(JsonNode body) {
        JsonNode v = body.get("extra_demand");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.isEmpty() || v.size() > MAX_SERIES) {
            throw bad("request body: field 'extra_demand' must be an array of 1 to " + MAX_SERIES + " series "
                    + "{\"series\": \"CLUSTER:cpu|memory|bandwidth\", \"points\": [{\"time\": ..., \"value\": ...}]}");
        }
        List<RawSeries> out = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < v.size(); i++) {
            String where = "field 'extra_demand'[" + i + "]";
            JsonNode s = v.get(i);
            if (!s.isObject() || s.get("series") == null || s.get("points") == null || s.size() != 2) {
                throw bad("request body: " + where + " must be an object with exactly 'series' and 'points'");
            }
            String id = string(s.get("series"), where + ".series");
            JsonNode pts = s.get("points");
            total += pts.size();
            if (!pts.isArray() || pts.isEmpty() || total > MAX_POINTS) {
                throw bad("request body: " + where + ".points must be a non-empty array, and all series together "
                        + "at most " + MAX_POINTS + " points");
            }
            Instant[] times = new Instant[pts.size()];
            double[] values = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                JsonNode p = pts.get(j);
                String at = where + ".points[" + j + "]";
                if (!p.isObject() || p.size() != 2 || p.get("time") == null || p.get("value") == null) {
                    throw bad("request body: " + at + " must be {\"time\": \"2026-12-01T00:00:00Z\", \"value\": N}");
                }
                times[j] = time(string(p.get("time"), at + ".time"), at + ".time");
                JsonNode x = p.get("value");
                if (!x.isNull() && (!x.isNumber() || !Double.isFinite(x.asDouble()))) {
                    throw bad("request body: " + at + ".value must be a finite number or null, got " + kind(x));
                }
                values[j] = x.isNull() ? Double.NaN : x.asDouble();
            }
            out.add(new RawSeries(id, times, values));
        }
        return out;
    }

    private static Instant time(String s, String where) {
        try {
            Instant t = OffsetDateTime.parse(s).toInstant();
            if (!t.isBefore(SeriesPointsController.EARLIEST) && !t.isAfter(SeriesPointsController.LATEST)) {
                return t;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw bad("request body: " + where + " must be an ISO-8601 time with a zone between 1970 and 2200, got '"
                + QueryText.printable(s) + "'");
    }

    private static String kind(JsonNode n) {
        return n == null || n.isMissingNode() ? "nothing" : n.isObject() ? "an object" : n.isArray() ? "an array"
                : n.isNumber() ? (Double.isFinite(n.asDouble()) ? "a number" : "a number out of range")
                : n.isBoolean() ? "a boolean" : n.isString() ? "a string" : "null";
    }

    private static IllegalArgumentException bad(String message) {
        return new IllegalArgumentException(message);
    }
}
