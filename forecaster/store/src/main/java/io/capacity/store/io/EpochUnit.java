package io.capacity.store.io;

import java.util.Locale;

/**
 * Unit of numeric (epoch) timestamps. {@link #AUTO} decides by magnitude in CSV and NAB files, and means
 * nanoseconds in line protocol, which is InfluxDB's default precision there.
 */
public enum EpochUnit {
    /**
     * By magnitude of the integer part: below 1e11 seconds (up to the year 5138), below 1e14 milliseconds, below
     * 1e17 microseconds, otherwise nanoseconds. Ambiguous only for epoch milliseconds before 1973-03-03, which
     * read as seconds: name the unit for such data.
     */
    AUTO(0),
    S(1_000_000_000L),
    MS(1_000_000L),
    US(1_000L),
    NS(1L);

    final long nanos;

    EpochUnit(long nanos) {
        this.nanos = nanos;
    }

    /** The unit of an epoch number whose integer part is {@code magnitude} (absolute value). */
    static EpochUnit byMagnitude(long magnitude) {
        if (magnitude < 100_000_000_000L) {
            return S;
        } else if (magnitude < 100_000_000_000_000L) {
            return MS;
        } else if (magnitude < 100_000_000_000_000_000L) {
            return US;
        }
        return NS;
    }

    /** Parses {@code auto}, {@code s}, {@code ms}, {@code us} or {@code ns}, any case, as the CLI passes them. */
    public static EpochUnit parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown epoch unit '" + text + "'; expected auto, s, ms, us or ns");
        }
    }
}
