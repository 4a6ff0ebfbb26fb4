package io.capacity.service.cli;

import io.capacity.planner.model.Dimension;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code CLUSTER:cpu|memory|bandwidth} series ids of {@code plan}'s demand files. */
record DemandIds(String cluster, Dimension dimension) {
    private static final List<String> DIMENSIONS = List.of("cpu", "memory", "bandwidth");

    static DemandIds parse(Path file, String id) {
        String[] cd = id.split(":", 2);
        if (cd.length == 2 && cd[1].equals("power")) {
            throw new IllegalArgumentException(file + ": series_id '" + id + "': power is a budget (the cluster's"
                    + " power_budget_watts in the inventory), not a demand to forecast");
        }
        if (cd.length != 2 || cd[0].isBlank() || !DIMENSIONS.contains(cd[1])) {
            throw new IllegalArgumentException(file + ": series_id '" + id + "' must be CLUSTER:cpu|memory|bandwidth");
        }
        return new DemandIds(cd[0], Dimension.valueOf(cd[1].toUpperCase(Locale.ROOT)));
    }
}
