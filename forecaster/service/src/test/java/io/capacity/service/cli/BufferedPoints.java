package io.capacity.service.cli;

import io.capacity.schema.LineProtocolException;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The points an agent's disk buffer holds as whole lines, read from its segment files as a crash left them, as
 * {@link #key} strings (one per field); a torn last line is not a point. {@code pending} counts the lines at or
 * past the saved cursor, which the next start sends (again).
 */
record BufferedPoints(Set<String> keys, long lines, long pending) {

    BufferedPoints {
        keys = Set.copyOf(keys);
    }

    /** One stored value: series and timestamp, e.g. {@code mem,host=a used_percent@1700000000000000000}. */
    static String key(String series, long timeNanos) {
        return series + "@" + timeNanos;
    }

    static BufferedPoints of(Path dir) throws IOException, LineProtocolException {
        Path cursorFile = dir.resolve("cursor");
        long cursor = Files.exists(cursorFile) ? Long.parseLong(Files.readString(cursorFile).trim()) : 0;
        List<Path> segments;
        try (Stream<Path> s = Files.list(dir)) {
            segments = s.filter(f -> f.getFileName().toString().matches("\\d{20}\\.lp")).sorted().toList();
        }
        Set<String> keys = new TreeSet<>();
        long lines = 0;
        long pending = 0;
        for (Path f : segments) {
            long offset = Long.parseLong(f.getFileName().toString().substring(0, 20));
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int from = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; from = nl + 1, nl = text.indexOf('\n', from)) {
                String line = text.substring(from, nl);
                Point p = LineProtocolParser.parse(line);
                for (String field : p.fields().keySet()) {
                    keys.add(key(p.key(field).toString(), p.timeNanos()));
                }
                lines++;
                pending += offset >= cursor ? 1 : 0;
                offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return new BufferedPoints(keys, lines, pending);
    }
}
