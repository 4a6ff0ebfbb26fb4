package io.capacity.store.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.MetricStoreContract;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import io.capacity.store.StoreException;
import io.capacity.store.open.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded DuckDB store, plus what only a file-backed store can get wrong. */
class EmbeddedStoreContractTest extends MetricStoreContract {
    @TempDir
    Path dir;

    @Override
    protected MetricStore openStore() {
        return EmbeddedMetricStore.open(dir.resolve("nested/capacity.duckdb"));
    }

    @Override
    protected String expectedKind() {
        return "embedded";
    }

    @Test
    void keepsDataAcrossCloseAndReopen() {
        SeriesKey key = new SeriesKey("mem", tags("host", "a"), "used_percent");
        store.write(List.of(point("mem", key.tags(), "used_percent", 42.5, T0_SECONDS * NS)));
        store.close();
        store = openStore();
        SeriesData d = raw(key, 0, (T0_SECONDS + 1) * NS);
        assertArrayEquals(new double[] {42.5}, d.values());
        assertEquals(List.of(key), store.series(io.capacity.store.SeriesFilter.all()));
    }

    @Test
    void storesOpenPicksTheEmbeddedFileWhenNoInfluxUrlIsSet() {
        store.close();
        try (MetricStore s = Stores.open(StoreConfig.embedded(dir.resolve("via-config")))) {
            assertEquals("embedded", s.kind());
            assertTrue(Files.exists(dir.resolve("via-config").resolve(StoreConfig.EMBEDDED_FILE)));
        }
    }

    @Test
    void refusesAFileThatIsNotADuckDbDatabaseSayingWhichAndWhatToDo() throws Exception {
        Path bogus = dir.resolve("bogus.duckdb");
        Files.writeString(bogus, "timestamp,value\n1,2\n".repeat(1000));
        StoreException e = assertThrows(StoreException.class, () -> EmbeddedMetricStore.open(bogus));
        assertTrue(e.getMessage().contains(bogus.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a DuckDB database"), e.getMessage());
        assertTrue(e.getMessage().contains("CAPACITY_DATA_DIR"), e.getMessage());
    }

    @Test
    void refusesAFileLockedByAnotherProcess() throws Exception {
        Path file = dir.resolve("locked/capacity.duckdb");
        EmbeddedMetricStore.open(file).close();
        store.close();
        Process holder = LockHolder.start(file);
        try {
            StoreException e = assertThrows(StoreException.class, () -> EmbeddedMetricStore.open(file));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("locked by another process"), e.getMessage());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        EmbeddedMetricStore.open(file).close();
    }

    @Test
    void usingAClosedStoreIsAnIllegalState() {
        store.close();
        SeriesKey key = new SeriesKey("mem", tags("host", "a"), "used_percent");
        assertThrows(IllegalStateException.class,
                () -> store.read(SeriesQuery.raw(key, Instant.EPOCH, Instant.EPOCH.plusSeconds(1))));
        assertEquals(false, store.health().up());
    }
}
