package io.capacity.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.StoreAccess;
import io.capacity.app.TestStores;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWritesTest {
    @TempDir
    Path tmp;

    @Test
    void fullBatchesAreWrittenAsTheyFillAndTheRestAtTheEnd() {
        try (MetricStore store = TestStores.open("embedded", tmp, "writes")) {
            RunWrites writes = new RunWrites(StoreAccess.shared(store));
            int perSeries = RunWrites.BATCH_POINTS / 3 + 1;
            for (int s = 0; s < 3; s++) {
                writes.add(key(s), points(s, perSeries));
            }
            assertEquals(3, store.series(SeriesFilter.all()).size(), "the third series filled a batch");
            writes.add(key(3), points(3, 10));
            assertEquals(3, store.series(SeriesFilter.all()).size(), "a part batch waits for the end");
            assertTrue(writes.finish().isEmpty());
            assertEquals(4, store.series(SeriesFilter.all()).size());
        }
    }

    @Test
    void aBatchTheStoreRefusesFailsItsSeriesOnly() {
        MetricStore store = TestStores.open("embedded", tmp, "closed");
        store.close();
        RunWrites writes = new RunWrites(StoreAccess.shared(store));
        writes.add(key(0), points(0, 5));
        writes.add(key(1), points(1, 5));
        assertEquals(Set.of(key(0), key(1)), writes.finish());
    }

    private static SeriesKey key(int s) {
        return new SeriesKey("cpu", new TreeMap<>(Map.of("host", "h" + s)), "usage_user");
    }

    private static List<Point> points(int s, int n) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Point("cpu", new TreeMap<>(Map.of("host", "h" + s)), new TreeMap<String, Number>(Map.of("usage_user", (double) i)),
                    1_700_000_000_000_000_000L + i * 3_600_000_000_000L));
        }
        return out;
    }
}
