package io.capacity.core.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The golden fixtures the R scripts under {@code src/test/R} write, read from the test class path. */
public final class GoldenFiles {
    private GoldenFiles() {
    }

    /** Non-blank lines of a resource; fails naming it when it is missing. */
    public static List<String> lines(String resource) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a CSV resource with a header, as column name to trimmed text, in file order. */
    public static List<Map<String, String>> rows(String resource) {
        List<String> lines = lines(resource);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], f[i].trim());
            }
            rows.add(row);
        }
        return rows;
    }
}
