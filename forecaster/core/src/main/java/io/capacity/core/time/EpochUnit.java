package io.capacity.core.time;

import java.util.Locale;

/**
 * Unit of numeric (epoch) timestamps. {@link #AUTO} decides by magnitude in every file and flag that
 * {@link TimestampParser} reads; the importer's line-protocol reader takes it as nanoseconds, InfluxDB's default
 * precision there.
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

    private final long nanos;

    EpochUnit(long nanos) {
        this.nanos = nanos;
    }

    /** Nanoseconds in one unit; 0 for {@link #AUTO}, which has none until a value picks one. */
    public long nanos() {
        return nanos;
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
