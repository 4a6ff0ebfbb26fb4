package io.capacity.store.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction (one imported file) stages its batches and moves them into the table together, in parts once the
 * staged values pass a bound: the last value written for a series and time wins across batches and parts, every
 * replaced value is counted once, and a transaction closed without commit leaves nothing.
 */
class EmbeddedTransactionTest {
    private static final SeriesKey KEY = SeriesKey.parse("cpu,host=a usage");
    private static final int N = 1_200_000;

    @TempDir
    Path dir;

    @Test
    void lastValueWinsAcrossBatchesAndPartsAndEveryReplacementIsCounted() {
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(dir.resolve("s.duckdb"))) {
            store.write(List.of(point(5, 9.0)));
            try (MetricStore.Transaction tx = store.begin().orElseThrow()) {
                store.write(points(0, N, 1.0));          // replaces the stored value at time 5
                store.write(points(N / 2, N, 2.0));      // passes the staging bound: moved in one part
                store.write(points(0, 10, 3.0));         // replaces values moved in the first part
                assertEquals(1 + N / 2 + 10, tx.replaced());
                tx.commit();
            }
            SeriesData d = store.read(SeriesQuery.raw(KEY, Instant.EPOCH, Instant.ofEpochSecond(1)));
            assertEquals(N / 2 + N, d.size());
            assertEquals(3.0, d.value(5));
            assertEquals(1.0, d.value(10));
            assertEquals(1.0, d.value(N / 2 - 1));
            assertEquals(2.0, d.value(N / 2));
            assertEquals(2.0, d.value(N / 2 + N - 1));

            try (MetricStore.Transaction tx = store.begin().orElseThrow()) {
                store.write(points(0, 10, 7.0));
                store.write(points(N * 2, 10, 7.0));
            }
            SeriesData after = store.read(SeriesQuery.raw(KEY, Instant.EPOCH, Instant.ofEpochSecond(1)));
            assertEquals(N / 2 + N, after.size(), "nothing of an uncommitted transaction is stored");
            assertEquals(3.0, after.value(5));
        }
    }

    private static List<Point> points(long from, int count, double value) {
        List<Point> out = new ArrayList<>(count);
        for (long t = from; t < from + count; t++) {
            out.add(Point.of("cpu", Map.of("host", "a"), "usage", value, t));
        }
        return out;
    }

    private static Point point(long t, double value) {
        return Point.of("cpu", Map.of("host", "a"), "usage", value, t);
    }
}
