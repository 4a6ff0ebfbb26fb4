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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String fileId = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return read(in, file.toString(), fileId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The same rules on any text: {@code where} names it in errors ({@code where:line: reason (cell)}), and a
     * {@code timestamp,value} series is called {@code id}.
     */
    public static List<RawSeries> read(BufferedReader in, String where, String id) throws IOException {
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
        Map<String, List<Instant>> times = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
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
            String series = lng ? cells.get(0) : id;
            int c = lng ? 1 : 0;
            times.computeIfAbsent(series, k -> new ArrayList<>()).add(time(where, lineNo, cells.get(c)));
            values.computeIfAbsent(series, k -> new ArrayList<>()).add(value(where, lineNo, cells.get(c + 1)));
        }
        List<RawSeries> out = new ArrayList<>();
        times.forEach((k, t) -> out.add(RawSeries.of(k, t, values.get(k))));
        return out;
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
