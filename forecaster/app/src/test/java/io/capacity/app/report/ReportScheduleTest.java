package io.capacity.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.RequestProblem;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The report's schedule and weeks: slots in the configured zone, the week each slot reports, ISO week edges. */
class ReportScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void slotsAreMondaySixInTheZoneAndReportTheWeekJustEnded() {
        ReportSchedule s = ReportSchedule.DEFAULTS;
        Instant wed = Instant.parse("2026-11-18T10:00:00Z");
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), s.next(wed));
        assertEquals(Instant.parse("2026-11-16T06:00:00Z"), s.previous(wed));
        assertEquals("2026-W47", s.weekAt(s.next(wed)).toString(), "Mon 23 Nov reports 16 to 22 Nov");
        Instant atSlot = Instant.parse("2026-11-23T06:00:00Z");
        assertEquals(atSlot.plusSeconds(7 * 86_400), s.next(atSlot), "strictly after");
        assertEquals(atSlot, s.previous(atSlot));

        ReportSchedule berlin = ReportSchedule.parse("tue 07:30", BERLIN);
        assertEquals("TUE 07:30 Europe/Berlin", berlin.toString());
        assertEquals(Instant.parse("2026-11-24T06:30:00Z"), berlin.next(wed), "07:30 CET is 06:30 UTC");
        assertEquals(Instant.parse("2026-03-01T23:00:00Z"), ReportWeek.parse("2026-W10").start(BERLIN),
                "Monday 2 March 00:00 CET");
    }

    @Test
    void badSchedulesAndWeeksNameTheirOption() {
        for (String bad : new String[] {"MON", "06:00", "MONDAY 06:00", "MON 25:00", "", "MON 06:00 UTC"}) {
            RequestProblem p = assertThrows(RequestProblem.class, () -> ReportSchedule.parse(bad, BERLIN), bad);
            assertTrue(p.getMessage().contains("report_at"), p.getMessage());
        }
        assertEquals("2026-W01", ReportWeek.of(Instant.parse("2025-12-29T12:00:00Z"), BERLIN).toString(),
                "29 Dec 2025 is in the ISO year 2026");
        assertThrows(RequestProblem.class, () -> ReportWeek.parse("2025-W53"), "2025 has 52 weeks");
        assertEquals("2026-W53", ReportWeek.parse("2026-W53").toString(), "2026 begins on a Thursday: 53 weeks");
        assertThrows(RequestProblem.class, () -> ReportRequest.zone("Mars/Olympus"));
    }
}
