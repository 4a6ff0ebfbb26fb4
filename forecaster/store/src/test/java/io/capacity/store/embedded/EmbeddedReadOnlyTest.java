package io.capacity.store.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read commands' way in: an existing store, read-only; a mistyped directory is an error, not a new store. */
class EmbeddedReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aMissingStoreIsAnErrorNamingTheDirectoryAndNothingIsCreated() {
        Path typo = dir.resolve("dat");
        StoreException e = assertThrows(StoreException.class,
                () -> EmbeddedMetricStore.openReadOnly(typo.resolve("capacity.duckdb")));
        assertEquals("embedded store: no store in " + typo + " (capacity.duckdb: the directory does not exist); "
                + "check --data-dir or CAPACITY_DATA_DIR, or import data first", e.getMessage());
        assertTrue(Files.notExists(typo));
        StoreException empty = assertThrows(StoreException.class,
                () -> EmbeddedMetricStore.openReadOnly(dir.resolve("capacity.duckdb")));
        assertTrue(empty.getMessage().contains("(capacity.duckdb is missing)"), empty.getMessage());
        assertTrue(Files.notExists(dir.resolve("capacity.duckdb")));
    }

    @Test
    void aStoreTheUserMayNotWriteIsRead() throws Exception {
        Path file = dir.resolve("capacity.duckdb");
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(file)) {
            store.write(List.of(LineProtocolParser.parse("cpu,host=a usage=1.5,n=9007199254740993i 1")));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (EmbeddedMetricStore reader = EmbeddedMetricStore.openReadOnly(file);
             EmbeddedMetricStore second = EmbeddedMetricStore.openReadOnly(file)) {
            assertEquals(2, reader.series(SeriesFilter.all()).size());
            assertEquals(2, second.series(SeriesFilter.all()).size(), "readers do not lock each other out");
            SeriesKey n = SeriesKey.parse("cpu,host=a n");
            assertEquals(9007199254740993L, reader.readIntegers(n, java.time.Instant.EPOCH,
                    java.time.Instant.EPOCH.plusSeconds(1)).value(0));
            StoreException e = assertThrows(StoreException.class, () -> reader.write(
                    List.of(LineProtocolParser.parse("cpu,host=a usage=2 2"))));
            assertTrue(e.getMessage().endsWith("opened read-only, cannot write"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
