package io.capacity.collectors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Telegraf writes for one input, as line protocol under {@code src/test/resources/telegraf/} (each file says
 * which README or source it is taken from), and the comparison of our points with it: measurement, tag keys, and
 * field names with their types (integer or float), each difference declared with its reason by the caller.
 *
 * <ul>
 *   <li>Tags: ours without the inventory tags and {@code oursOnly} must equal Telegraf's without its agent's
 *       {@code host} tag.</li>
 *   <li>Fields: each field we write is Telegraf's, of the same type, unless in {@code oursOnly}; each field of
 *       Telegraf's we do not write is either in our schema (we write it when the source has it) or in
 *       {@code telegrafOnly}.</li>
 * </ul>
 */
public final class TelegrafFixture {
    private final String file;
    private final List<Point> points;

    private TelegrafFixture(String file, List<Point> points) {
        this.file = file;
        this.points = points;
    }

    public static TelegrafFixture load(String name) {
        try (InputStream in = TelegrafFixture.class.getResourceAsStream("/telegraf/" + name + ".lp")) {
            if (in == null) {
                throw new AssertionError("no fixture telegraf/" + name + ".lp");
            }
            List<Point> points = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    points.add(LineProtocolParser.parse(line));
                }
            }
            return new TelegrafFixture(name, points);
        } catch (IOException | io.capacity.schema.LineProtocolException e) {
            throw new AssertionError("telegraf/" + name + ".lp: " + e.getMessage(), e);
        }
    }

    /** Telegraf's point whose tags include all of {@code tags} (the fixture's lines of one series merged). */
    public Point line(Map<String, String> tags) {
        List<Point> match = points.stream().filter(p -> p.tags().entrySet().containsAll(tags.entrySet())).toList();
        assertTrue(!match.isEmpty(), () -> file + ": no line with " + tags);
        java.util.TreeMap<String, Number> fields = new java.util.TreeMap<>();
        match.forEach(p -> fields.putAll(p.fields()));
        Point first = match.get(0);
        return new Point(first.measurement(), first.tags(), fields, first.timeNanos());
    }

    /** Differences the comparison accepts, each to be documented in docs/collectors.md. */
    public record Differences(Set<String> oursOnlyTags, Set<String> oursOnlyFields, Set<String> telegrafOnlyFields) {
        public static final Differences NONE = new Differences(Set.of(), Set.of(), Set.of());

        public Differences {
            oursOnlyTags = Set.copyOf(oursOnlyTags);
            oursOnlyFields = Set.copyOf(oursOnlyFields);
            telegrafOnlyFields = Set.copyOf(telegrafOnlyFields);
        }
    }

    /** Compares our point with Telegraf's line of the same source (see the class comment). */
    public static void assertSameShape(Point telegraf, Point ours, Differences d) {
        String where = ours.measurement() + " (ours " + ours + ", Telegraf's " + telegraf + ")";
        assertEquals(telegraf.measurement(), ours.measurement(), where);
        Set<String> ourTags = new TreeSet<>(ours.tags().keySet());
        ourTags.removeAll(MetricSchema.INVENTORY_TAGS);
        ourTags.removeAll(d.oursOnlyTags());
        Set<String> theirTags = new TreeSet<>(telegraf.tags().keySet());
        theirTags.remove(MetricSchema.TAG_HOST);
        assertEquals(theirTags, ourTags, "tag keys of " + where);
        var schema = MetricSchema.measurement(ours.measurement()).orElseThrow();
        for (Map.Entry<String, Number> f : ours.fields().entrySet()) {
            if (d.oursOnlyFields().contains(f.getKey())) {
                continue;
            }
            Number theirs = telegraf.fields().get(f.getKey());
            assertTrue(theirs != null, "Telegraf writes no " + f.getKey() + ": " + where);
            assertEquals(theirs instanceof Long, f.getValue() instanceof Long,
                    "type of " + f.getKey() + " (integer or float): " + where);
        }
        for (String f : telegraf.fields().keySet()) {
            assertTrue(ours.fields().containsKey(f) || schema.field(f).isPresent() || d.telegrafOnlyFields().contains(f),
                    "we never write Telegraf's " + f + " and no reason is declared: " + where);
        }
        for (String f : d.telegrafOnlyFields()) {
            assertTrue(telegraf.fields().containsKey(f), "declared Telegraf-only field " + f + " is not Telegraf's");
            assertTrue(schema.field(f).isEmpty(), "declared Telegraf-only field " + f + " is in our schema");
        }
    }
}
