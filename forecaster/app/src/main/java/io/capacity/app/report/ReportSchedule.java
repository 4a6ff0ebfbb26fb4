package io.capacity.app.report;

import io.capacity.app.RequestProblem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * When the service writes the weekly report: once a week at {@code day} {@code at} in {@code zone}, for the week
 * that has just ended there.
 */
public record ReportSchedule(DayOfWeek day, LocalTime at, ZoneId zone) {
    /** Monday 06:00 UTC: the week just ended, before the working week starts. */
    public static final ReportSchedule DEFAULTS = new ReportSchedule(DayOfWeek.MONDAY, LocalTime.of(6, 0),
            ZoneId.of("UTC"));

    public ReportSchedule {
        if (day == null || at == null || zone == null) {
            throw RequestProblem.of("report_at", "expected a day and a time such as MON 06:00, and a zone");
        }
    }

    /** {@code MON 06:00} (a day's first three letters, a 24-hour time) in {@code zone}. */
    public static ReportSchedule parse(String text, ZoneId zone) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        if (parts.length == 2) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getDisplayName(TextStyle.SHORT, Locale.ROOT).equalsIgnoreCase(parts[0])) {
                    try {
                        return new ReportSchedule(d, LocalTime.parse(parts[1]), zone);
                    } catch (DateTimeParseException e) {
                        break;
                    }
                }
            }
        }
        throw RequestProblem.of("report_at", text, "expected a day and a 24-hour time such as MON 06:00");
    }

    /** The first slot strictly after {@code t}. */
    public Instant next(Instant t) {
        ZonedDateTime now = t.atZone(zone);
        ZonedDateTime slot = now.with(TemporalAdjusters.nextOrSame(day)).with(at);
        if (!slot.isAfter(now)) {
            slot = now.plusDays(1).with(TemporalAdjusters.nextOrSame(day)).with(at);
        }
        return slot.toInstant();
    }

    /** The latest slot at or before {@code t}. */
    public Instant previous(Instant t) {
        ZonedDateTime now = t.atZone(zone);
        ZonedDateTime slot = now.with(TemporalAdjusters.previousOrSame(day)).with(at);
        if (slot.isAfter(now)) {
            slot = slot.minusWeeks(1);
        }
        return slot.toInstant();
    }

    /** The week a slot reports: the last one that had ended by then. */
    public ReportWeek weekAt(Instant slot) {
        return ReportWeek.lastComplete(slot, zone);
    }

    /** The day and time as {@link #parse} reads them: {@code MON 06:00}. */
    public String when() {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT) + " " + at;
    }

    @Override
    public String toString() {
        return when() + " " + zone;
    }
}
