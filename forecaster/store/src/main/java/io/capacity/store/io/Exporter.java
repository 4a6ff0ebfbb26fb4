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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the selected series of a store to a file: series in canonical key order, each in time order, so the
 * same data always gives the same bytes. The file is written under a temporary name in the target's folder and
 * renamed into place at the end, so a failed export never leaves a half-written file where the user looks; it gets
 * the permissions any new file of the user gets (the umask), not a temp file's owner-only ones. The folder must
 * exist. A name ending in {@code .gz} is gzip-compressed. Each series is read whole through the store port; a
 * series the store holds as integers is read with exact 64-bit values ({@link MetricStore#readIntegers}).
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
        Path target = target(output);
        Path dir = target.getParent();
        List<SeriesKey> keys = keys(store, filter);
        Path tmp = null;
        long points = 0;
        try {
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try (Writer out = open(tmp, target)) {
                SeriesWriter writer = SeriesWriter.of(format, out);
                writer.begin(keys);
                for (SeriesKey key : keys) {
                    SeriesWriter.Values values;
                    if (store.storedAsInteger(key)) {
                        values = SeriesWriter.of(store.readIntegers(key, options.from(), options.to()));
                    } else {
                        values = SeriesWriter.of(store.read(SeriesQuery.raw(key, options.from(), options.to())),
                                options.integerField().test(key));
                    }
                    writer.write(key, values);
                    points += values.size();
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

    /**
     * The absolute output path of an export, whose directory must exist (the export writes a temporary file beside it
     * and renames it into place); otherwise one line saying what to do.
     */
    public static Path target(Path output) {
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new ImportException("export to " + target + ": the directory " + dir + (Files.exists(dir)
                    ? " is not a directory" : " does not exist") + "; create it or choose another output file", null);
        }
        return target;
    }

    /** The series an export writes, in key order: those {@code filter} selects (all when null). */
    public static List<SeriesKey> keys(MetricStore store, SeriesFilter filter) {
        List<SeriesKey> keys = new ArrayList<>(store.series(filter == null ? SeriesFilter.all() : filter));
        Collections.sort(keys);
        return keys;
    }

    private static Writer open(Path tmp, Path target) throws IOException {
        // CREATE_NEW with default attributes: the umask decides the mode, as for any file the user creates.
        OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
