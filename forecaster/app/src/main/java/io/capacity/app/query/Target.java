package io.capacity.app.query;

import io.capacity.schema.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one forecast of a query is of: a stored series, or the sum of a group's series.
 *
 * @param id      the series key, or the group's key {@code measurement,TAG=VALUE field}
 * @param group   the group's tag and value, null for one series
 * @param members the series read (one for a single series)
 */
record Target(String id, Answer.Group group, List<SeriesKey> members) {
    Target {
        members = List.copyOf(members);
    }

    List<String> memberIds() {
        return members.stream().map(SeriesKey::toString).toList();
    }

    /** One target per series. */
    static List<Target> each(List<SeriesKey> keys) {
        return keys.stream().map(k -> new Target(k.toString(), null, List.of(k))).toList();
    }

    /**
     * The series grouped by their value of {@code tag} (and measurement and field: only like is summed); series
     * without the tag go to {@code untagged}.
     */
    static List<Target> groups(List<SeriesKey> keys, String tag, List<String> untagged) {
        Map<SeriesKey, List<SeriesKey>> groups = new TreeMap<>();
        for (SeriesKey k : keys) {
            String v = k.tags().get(tag);
            if (v == null) {
                untagged.add(k.toString());
                continue;
            }
            groups.computeIfAbsent(SeriesKey.of(k.measurement(), Map.of(tag, v), k.field()), g -> new ArrayList<>())
                    .add(k);
        }
        List<Target> out = new ArrayList<>();
        groups.forEach((g, members) -> out.add(new Target(g.toString(), new Answer.Group(tag, g.tags().get(tag)),
                members)));
        return out;
    }
}
