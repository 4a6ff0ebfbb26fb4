package io.capacity.app.report;

import io.capacity.app.RequestProblem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2026-W47}: Monday to Sunday, week 1 holding the year's first Thursday), read in a zone.
 *
 * @param year the week-based year
 * @param week 1 to 52 or 53
 */
public record ReportWeek(int year, int week) implements Comparable<ReportWeek> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ReportWeek {
        if (year < 1970 || year > 9999) {
            throw RequestProblem.of("week", year + "-W" + week, "expected a year from 1970 to 9999");
        }
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
        if (week < 1 || week > weeks) {
            throw RequestProblem.of("week", String.format("%d-W%02d", year, week), "expected week 1 to " + weeks
                    + " of " + year);
        }
    }

    /** {@code 2026-W47}; a problem naming {@code week} otherwise. */
    public static ReportWeek parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw RequestProblem.of("week", text, "expected an ISO week such as 2026-W47");
        }
        return new ReportWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week holding {@code t} in {@code zone}. */
    public static ReportWeek of(Instant t, ZoneId zone) {
        LocalDate d = LocalDate.ofInstant(t, zone);
        return new ReportWeek(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended by {@code t} in {@code zone}: what a Monday-morning report covers. */
    public static ReportWeek lastComplete(Instant t, ZoneId zone) {
        return of(t, zone).previous();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Monday 00:00 in {@code zone}. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** The next Monday 00:00 in {@code zone} (exclusive). */
    public Instant end(ZoneId zone) {
        return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public ReportWeek previous() {
        LocalDate d = monday().minusWeeks(1);
        return new ReportWeek(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public int compareTo(ReportWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
