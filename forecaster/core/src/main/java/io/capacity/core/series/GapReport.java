package io.capacity.core.series;

/**
 * What {@link GapFiller} did to a series, for the CLI and the quality grade.
 *
 * @param length          values in the filled series
 * @param filled          values that were missing and are now interpolated or carried
 * @param gaps            runs of consecutive missing values that were filled
 * @param longestGap      length of the longest such run, in steps
 * @param longestGapStart index (in the filled series) where the longest run starts, -1 when there was none
 * @param trimmedLeading  missing values before the first observation, removed (the series starts later)
 * @param carriedTrailing missing values after the last observation, filled with that last observation
 * @param method          how interior gaps were filled
 */
public record GapReport(int length, int filled, int gaps, int longestGap, int longestGapStart, int trimmedLeading,
                        int carriedTrailing, String method) {

    public boolean clean() {
        return filled == 0 && trimmedLeading == 0;
    }

    /** Share of the filled series that is not observed data. */
    public double filledFraction() {
        return length == 0 ? 0 : (double) filled / length;
    }

    /** One line for logs and the CLI, e.g. "filled 12 of 960 values in 3 gaps (longest 6 at index 100), linear". */
    public String summary() {
        if (clean()) {
            return "no gaps in " + length + " values";
        }
        StringBuilder s = new StringBuilder("filled ").append(filled).append(" of ").append(length)
                .append(" values in ").append(gaps).append(gaps == 1 ? " gap" : " gaps");
        if (gaps > 0) {
            s.append(" (longest ").append(longestGap).append(" at index ").append(longestGapStart).append(')');
        }
        s.append(" by ").append(method);
        if (carriedTrailing > 0) {
            s.append(", last ").append(carriedTrailing).append(" carried forward");
        }
        if (trimmedLeading > 0) {
            s.append(", trimmed ").append(trimmedLeading).append(" missing at the start");
        }
        return s.toString();
    }
}
