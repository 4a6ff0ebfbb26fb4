package io.capacity.service.pipeline;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Four weeks of hourly CPU with a daily cycle per host, ending at {@code end}, written into a real store. */
final class Fleet {
    private Fleet() {
    }

    static void write(MetricStore store, Instant end, String... hosts) {
        long seed = 1;
        for (String host : hosts) {
            SplittableRandom rnd = new SplittableRandom(seed++);
            List<Point> points = new ArrayList<>();
            Instant t = end.minus(Duration.ofDays(28));
            for (int i = 0; t.isBefore(end); i++, t = t.plus(Duration.ofHours(1))) {
                TreeMap<String, String> tags = new TreeMap<>();
                tags.put("cpu", "cpu-total");
                tags.put("host", host);
                TreeMap<String, Number> fields = new TreeMap<>();
                fields.put("usage_user", 40 + 20 * Math.sin(2 * Math.PI * (i % 24) / 24) + 3 * rnd.nextDouble());
                points.add(new Point("cpu", tags, fields, t.getEpochSecond() * 1_000_000_000L));
            }
            store.write(points);
        }
    }
}
