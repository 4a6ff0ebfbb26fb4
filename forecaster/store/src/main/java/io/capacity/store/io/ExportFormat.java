package io.capacity.store.io;

import java.util.Locale;

/** Export file formats: long CSV as {@link CsvReader} reads it, or InfluxDB line protocol (nanoseconds). */
public enum ExportFormat {
    CSV, LP;

    public static ExportFormat parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "lp", "line-protocol", "influx" -> LP;
            default -> throw new IllegalArgumentException("unknown export format '" + text + "'; expected csv or lp");
        };
    }
}
