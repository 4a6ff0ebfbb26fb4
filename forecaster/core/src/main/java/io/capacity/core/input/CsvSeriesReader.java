package io.capacity.core.input;

import io.capacity.core.time.TimestampException;
import io.capacity.core.time.TimestampParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CLI's CSV: a header, then {@code series_id,timestamp,value} (long, many series) or {@code timestamp,value}
 * (one series, named after the file), timestamps in any form {@link TimestampParser} reads (zone-less ones in UTC).
 * Empty values and {@code NA} are kept as NaN so that gap filling sees and reports them; anything else unreadable
 * is an error naming file, line and cell.
 */
public final class CsvSeriesReader {
    private CsvSeriesReader() {
    }

    public static List<RawSeries> read(Path file) {
        return read(file, r -> r);
    }

    /**
     * {@code each} of the file's series, in file order, as {@link #read(Path)} reads them: while the file is read its
     * values are kept unboxed (20 bytes each, not about 50), and each series is handed to {@code each} and let go
     * before the next is built, so a caller keeping only a regular series never holds every raw one at once.
     */
    public static <T> List<T> read(Path file, Function<RawSeries, T> each) {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String fileId = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return read(in, file.toString(), fileId, each);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The same rules on any text: {@code where} names it in errors ({@code where:line: reason (cell)}), and a
     * {@code timestamp,value} series is called {@code id}.
     */
    public static List<RawSeries> read(BufferedReader in, String where, String id) throws IOException {
        return read(in, where, id, r -> r);
    }

    private static <T> List<T> read(BufferedReader in, String where, String id, Function<RawSeries, T> each)
            throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new InputFormatException(where, 1, "empty file, expected a header", "");
        }
        List<String> cols = Csv.split(header.toLowerCase());
        boolean lng = cols.equals(List.of("series_id", "timestamp", "value"));
        if (!lng && !cols.equals(List.of("timestamp", "value"))) {
            throw new InputFormatException(where, 1, "header must be series_id,timestamp,value or timestamp,value",
                    header);
        }
        Map<String, Observations> series = new LinkedHashMap<>();
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = Csv.split(line);
            if (cells.size() != cols.size()) {
                throw new InputFormatException(where, lineNo, "expected " + cols.size() + " cells, got "
                        + cells.size(), line);
            }
            int c = lng ? 1 : 0;
            series.computeIfAbsent(lng ? cells.get(0) : id, k -> new Observations())
                    .add(time(where, lineNo, cells.get(c)), value(where, lineNo, cells.get(c + 1)));
        }
        List<T> out = new ArrayList<>(series.size());
        for (var it = series.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            RawSeries raw = e.getValue().series(e.getKey());
            it.remove();
            out.add(each.apply(raw));
        }
        return out;
    }

    /** One series' observations as read, unboxed: epoch seconds, nanoseconds and values in growing arrays. */
    private static final class Observations {
        private long[] seconds = new long[16];
        private int[] nanos = new int[16];
        private double[] values = new double[16];
        private int n;

        void add(Instant t, double v) {
            if (n == values.length) {
                int grown = n + (n >> 1);
                seconds = Arrays.copyOf(seconds, grown);
                nanos = Arrays.copyOf(nanos, grown);
                values = Arrays.copyOf(values, grown);
            }
            seconds[n] = t.getEpochSecond();
            nanos[n] = t.getNano();
            values[n++] = v;
        }

        RawSeries series(String id) {
            Instant[] t = new Instant[n];
            for (int i = 0; i < n; i++) {
                t[i] = Instant.ofEpochSecond(seconds[i], nanos[i]);
            }
            return new RawSeries(id, t, Arrays.copyOf(values, n));
        }
    }

    private static Instant time(String where, int line, String cell) {
        try {
            return TimestampParser.UTC.instant(cell);
        } catch (TimestampException e) {
            throw new InputFormatException(where, line, e.reason(), cell);
        }
    }

    private static double value(String where, int line, String cell) {
        if (cell.isEmpty() || cell.equals("NA") || cell.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new InputFormatException(where, line, "not a number", cell);
        }
    }
}
