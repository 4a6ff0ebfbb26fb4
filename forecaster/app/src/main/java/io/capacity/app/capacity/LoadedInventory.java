package io.capacity.app.capacity;

import io.capacity.planner.Site;
import io.capacity.planner.inventory.HardwareInventory;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * The inventory file as last read, kept while the file's modification time is the same: a service assessing many
 * clusters per request reads a large inventory once per change of the file, not once per cluster. A file that cannot
 * be read or is invalid is not kept: the next call reads it again and reports the same problem.
 */
final class LoadedInventory {
    private record Kept(Path file, FileTime modified, HardwareInventory inventory) {
    }

    private Kept kept;

    /** {@code file}'s inventory; {@code modified} is its modification time, or null when it could not be read. */
    synchronized HardwareInventory get(Path file, FileTime modified) {
        Kept k = kept;
        if (modified != null && k != null && k.file().equals(file) && Objects.equals(k.modified(), modified)) {
            return k.inventory();
        }
        HardwareInventory inv = Site.load(file).inventory();
        kept = modified == null ? null : new Kept(file, modified, inv);
        return inv;
    }
}
