package io.capacity.planner;

import java.nio.file.Path;

/** The shared real traces, read from the project root as {@code ../shared/data} (tests run in forecaster/core). */
public final class SharedData {
    public static final Path ROOT = Path.of("../../../shared/data");

    private SharedData() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }
}
