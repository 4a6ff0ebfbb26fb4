package io.capacity.app.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.TestStores;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.InventoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory kept between assessments: read once per change of the file, a bad file never kept. */
class LoadedInventoryTest {
    private static final FileTime T1 = FileTime.from(Instant.parse("2026-12-01T12:00:00Z"));
    private static final FileTime T2 = FileTime.from(Instant.parse("2026-12-01T12:05:00Z"));

    @TempDir
    Path tmp;

    @Test
    void readsTheFileOncePerModificationTime() throws Exception {
        Path file = TestStores.r640Hosts(tmp, "on", "standby");
        Files.setLastModifiedTime(file, T1);
        LoadedInventory loaded = new LoadedInventory();
        HardwareInventory first = loaded.get(file, T1);
        assertEquals(2, first.hosts().size());
        assertSame(first, loaded.get(file, T1), "unchanged file: kept");

        // Rewritten (a third host): a new modification time is read again.
        TestStores.r640Hosts(tmp, "on", "standby", "off");
        Files.setLastModifiedTime(file, T2);
        HardwareInventory second = loaded.get(file, T2);
        assertNotSame(first, second);
        assertEquals(3, second.hosts().size());
        assertSame(second, loaded.get(file, T2));
    }

    @Test
    void anUnreadableOrInvalidFileIsReadAgainEachTime() throws Exception {
        Path file = TestStores.r640Hosts(tmp, "on");
        LoadedInventory loaded = new LoadedInventory();
        HardwareInventory unknownTime = loaded.get(file, null);
        assertNotSame(unknownTime, loaded.get(file, null), "no modification time: never kept");

        Files.writeString(file, "clusters: [\n");
        Files.setLastModifiedTime(file, T1);
        InventoryException bad = assertThrows(InventoryException.class, () -> loaded.get(file, T1));
        assertTrue(bad.getMessage().contains(file.toString()), bad.getMessage());
        // Fixed in place without a new time (a copy preserving it): read again, since the bad read was not kept.
        TestStores.r640Hosts(tmp, "on", "on");
        Files.setLastModifiedTime(file, T1);
        assertEquals(2, loaded.get(file, T1).hosts().size());
    }
}
