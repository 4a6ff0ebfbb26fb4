package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.SeriesKey;
import io.capacity.store.SeriesQuery;
import io.capacity.store.embedded.EmbeddedMetricStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a real import process: on the embedded store a file is stored whole or not at all. */
class ImportKillTest {
    private static final int POINTS = 200_000;

    @TempDir
    Path dir;

    @Test
    void killedMidFileLeavesNothingOfIt() throws Exception {
        StringBuilder sb = new StringBuilder(POINTS * 40);
        for (int i = 0; i < POINTS; i++) {
            sb.append("cpu,host=a usage=").append(i).append(' ').append(i * 1_000_000_000L).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.lp"), sb);
        Path storeFile = dir.resolve("capacity.duckdb");

        Process child = ImportChild.startAndAwaitWriting(storeFile, file);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(storeFile)) {
            SeriesKey key = SeriesKey.parse("cpu,host=a usage");
            int stored = store.read(SeriesQuery.raw(key, ExportOptions.EARLIEST, ExportOptions.LATEST)).size();
            assertEquals(0, stored, "a killed import leaves none of its file (one transaction per file)");
            // The store is usable after the crash: the same file imports whole.
            FileResult again = Importer.importFiles(store, java.util.List.of(file),
                    ImportOptions.of(ReadOptions.of(Format.LP))).files().get(0);
            assertEquals(FileResult.Status.IMPORTED, again.status(), again.report());
            assertEquals(POINTS, store.read(SeriesQuery.raw(key, ExportOptions.EARLIEST, ExportOptions.LATEST)).size());
        }
    }
}
