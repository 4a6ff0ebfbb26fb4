package io.capacity.store.io;

import io.capacity.schema.Point;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: everything a reader emitted for an in-memory text. */
class Collected implements ReadSink {
    final List<Point> points = new ArrayList<>();
    final List<BadRow> bad = new ArrayList<>();

    /** Epoch nanoseconds of an ISO-8601 instant, as the readers store it. */
    static long nanos(String instant) {
        java.time.Instant i = java.time.Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static Collected read(ReadOptions options, String text) {
        Collected c = new Collected();
        PointReader.of(options).read("t", new StringReader(text), c);
        return c;
    }

    @Override
    public void point(Point point) {
        points.add(point);
    }

    @Override
    public void bad(BadRow row) {
        bad.add(row);
    }

    Point only() {
        if (points.size() != 1 || !bad.isEmpty()) {
            throw new AssertionError("expected one point and no bad rows, got " + points + " " + bad);
        }
        return points.get(0);
    }

    BadRow onlyBad() {
        if (bad.size() != 1) {
            throw new AssertionError("expected one bad row, got " + bad + " and points " + points);
        }
        return bad.get(0);
    }

    List<Long> badLines() {
        return bad.stream().map(BadRow::line).collect(Collectors.toList());
    }
}
