package io.capacity.store.io;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the selected series of a store to a file: series in canonical key order, each in time order, so the
 * same data always gives the same bytes. The file is written under a temporary name in the target's folder and
 * renamed into place at the end, so a failed export never leaves a half-written file where the user looks.
 * A name ending in {@code .gz} is gzip-compressed. Each series is read whole through the store port.
 */
public final class Exporter {
    private Exporter() {
    }

    public static ExportResult export(MetricStore store, SeriesFilter filter, ExportFormat format, Path output) {
        return export(store, filter, format, output, ExportOptions.defaults());
    }

    public static ExportResult export(MetricStore store, SeriesFilter filter, ExportFormat format, Path output,
                                      ExportOptions options) {
        long start = System.nanoTime();
        Path target = output.toAbsolutePath();
        List<SeriesKey> keys = new ArrayList<>(store.series(filter == null ? SeriesFilter.all() : filter));
        Collections.sort(keys);
        Path tmp = null;
        long points = 0;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (Writer out = open(tmp, target)) {
                SeriesWriter writer = SeriesWriter.of(format, out);
                writer.begin(keys);
                for (SeriesKey key : keys) {
                    SeriesData data = store.read(SeriesQuery.raw(key, options.from(), options.to()));
                    writer.write(key, data, options.integerField().test(key) || store.storedAsInteger(key));
                    points += data.size();
                }
            }
            move(tmp, target);
            return new ExportResult(target, keys.size(), points, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException("export to " + target + " failed, no file written: " + e.getMessage(), e);
        }
    }

    private static Writer open(Path tmp, Path target) throws IOException {
        OutputStream os = Files.newOutputStream(tmp);
        if (target.getFileName().toString().endsWith(".gz")) {
            os = new GZIPOutputStream(os, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort: the temporary name starts with a dot, so a leftover is at least hidden.
            }
        }
    }
}
