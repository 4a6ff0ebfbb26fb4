package io.capacity.store.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/data} next to the project root (the highest folder with a pom.xml above the module). */
final class SharedData {
    private SharedData() {
    }

    static Path dir(String relative) {
        Path root = Path.of("").toAbsolutePath();
        for (Path p = root; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml"))) {
                root = p; // the highest folder with a pom.xml: intermediate folders such as forecaster/ have none
            }
        }
        Path dir = root.resolveSibling("shared").resolve("data").resolve(relative).normalize();
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("shared test data missing: expected " + dir + " (the project's ../shared/data"
                    + "; see its README.md for what belongs there)");
        }
        return dir;
    }
}
