package io.capacity.store.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Import file formats; see {@link CsvReader}, {@link NabReader} and {@link LineProtocolReader} for each syntax. */
public enum Format {
    /** Long CSV: one value per row, with {@code time}, {@code measurement}, {@code field}, {@code value} columns. */
    CSV,
    /** Numenta Anomaly Benchmark style {@code timestamp,value}; the series comes from the options. */
    NAB,
    /** InfluxDB line protocol. */
    LP;

    /** Parses {@code csv}, {@code nab} or {@code lp} (also {@code line-protocol}), any case. */
    public static Format parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "csv" -> CSV;
            case "nab" -> NAB;
            case "lp", "line-protocol", "influx" -> LP;
            default -> throw new IllegalArgumentException("unknown format '" + text + "'; expected csv, nab or lp");
        };
    }

    static final String SEMICOLONS = "semicolon-separated values, as spreadsheets write CSV in some locales; "
            + "expected comma-separated CSV (time,measurement,field,value,...): save the file with commas as "
            + "separators";

    /** Whether a header or first row is separated by semicolons, not commas. */
    static boolean semicolonSeparated(String line) {
        return line.indexOf(';') >= 0 && line.indexOf(',') < 0;
    }

    /**
     * Guesses the format of a file the user gave without {@code --format}: {@code .lp}, {@code .line},
     * {@code .influx} (also gzipped) are line protocol; otherwise the first line decides: a header naming a
     * {@code time} and a {@code value} column is long CSV; a comment or a line with {@code key=value} after its first
     * space is line protocol; a line separated by semicolons instead of commas is refused (an
     * {@link ImportException} naming it); anything else is NAB style. An empty file reads as CSV (and imports as
     * the error it is).
     */
    public static Format detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".lp") || name.endsWith(".line") || name.endsWith(".influx")) {
            return LP;
        }
        try (LineInput in = LineInput.open(file)) {
            String first;
            do {
                first = in.next();
            } while (first != null && first.isBlank());
            if (first == null) {
                return CSV;
            }
            String header = "," + first.replace("\"", "").replace(" ", "") + ",";
            if (header.contains(",time,") && header.contains(",value,")) {
                return CSV;
            }
            int space = first.indexOf(' ');
            if (first.startsWith("#") || (space > 0 && first.indexOf('=', space) > space)) {
                return LP;
            }
            if (semicolonSeparated(first)) {
                throw new ImportException(new BadRow(file.toString(), in.lineNumber(), SEMICOLONS + " ("
                        + io.capacity.schema.Excerpt.of(first) + ")"));
            }
            return NAB;
        } catch (IOException e) {
            throw new ImportException(new BadRow(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }
}
