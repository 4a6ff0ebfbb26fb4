package io.capacity.collectors.host;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import oshi.software.os.OSFileStore;

/** The mounts that get a {@code disk} point: OSHI's local file stores less the ignored types, each path once. */
final class Mounts {
    private Mounts() {
    }

    static List<OSFileStore> of(List<OSFileStore> stores, List<String> ignoreFs) {
        List<OSFileStore> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (OSFileStore fs : stores) {
            if (!ignoreFs.contains(fs.getType()) && paths.add(fs.getMount())) {
                out.add(fs);
            }
        }
        return out;
    }
}
