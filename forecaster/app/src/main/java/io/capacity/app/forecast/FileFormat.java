package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import java.util.Locale;

/** Layouts of a series file: M4's ({@code "V1"} id, then values) or CSV ({@code series_id,timestamp,value}). */
public enum FileFormat {
    M4, CSV;

    /** {@code m4} or {@code csv}, any case. */
    public static FileFormat parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "m4" -> M4;
            case "csv" -> CSV;
            default -> throw RequestProblem.of("format", "unknown format '" + text + "'; expected m4 or csv");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
