package io.capacity.store.io;

import java.nio.file.Path;
import java.time.Duration;

/** What an export wrote. */
public record ExportResult(Path output, long series, long points, Duration elapsed) {
}
