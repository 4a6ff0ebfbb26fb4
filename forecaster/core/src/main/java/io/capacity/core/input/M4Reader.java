package io.capacity.core.input;

import io.capacity.core.series.TimeSeries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The M4 wide layout: a header line, then one series per line as {@code "id",v1,v2,...} padded with empty or
 * {@code NA} cells after the last observation. Series have no timestamps; {@code step} is nominal.
 */
public final class M4Reader {
    private M4Reader() {
    }

    public static List<TimeSeries> read(Path file, Duration step) {
        List<TimeSeries> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line = in.readLine();
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    out.add(parse(file, lineNo, line, step));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static TimeSeries parse(Path file, int lineNo, String line, Duration step) {
        List<String> cells = Csv.split(line);
        String id = cells.get(0);
        if (id.isEmpty()) {
            throw new InputFormatException(file, lineNo, "missing series id", line.substring(0,
                    Math.min(20, line.length())));
        }
        int end = cells.size();
        while (end > 1 && padding(cells.get(end - 1))) {
            end--;
        }
        double[] values = new double[end - 1];
        for (int i = 1; i < end; i++) {
            String cell = cells.get(i);
            if (padding(cell)) {
                throw new InputFormatException(file, lineNo, "missing value inside series " + id + " at column "
                        + (i + 1), cell);
            }
            try {
                values[i - 1] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InputFormatException(file, lineNo, "not a number in series " + id + " at column "
                        + (i + 1), cell);
            }
        }
        if (values.length == 0) {
            throw new InputFormatException(file, lineNo, "series has no values", id);
        }
        return new TimeSeries(id, null, step, values);
    }

    private static boolean padding(String cell) {
        return cell.isEmpty() || cell.equals("NA");
    }
}
