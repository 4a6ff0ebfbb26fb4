package io.capacity.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {
    private static final TimestampParser UTC = new TimestampParser(ZoneOffset.UTC, EpochUnit.AUTO);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static long parse(TimestampParser ts, String s) throws TimestampException {
        return ts.nanos(s, 0, s.length());
    }

    static long nanos(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /**
     * Every form the inputs accept, one row each, read as {@code instant} does for the forecast CSV, plan --demand
     * and the time flags (blanks stripped; zone-less in UTC; epoch by magnitude). The importer reads the same forms
     * through {@code nanos}, with its own zone and unit options.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-31T02:30:00Z|2024-03-31T02:30:00Z",
            "2024-03-31t02:30:00z|2024-03-31T02:30:00Z",
            "2024-03-31T04:30:00+02:00|2024-03-31T02:30:00Z",
            "2024-03-31T04:30:00+0200|2024-03-31T02:30:00Z",
            "2024-03-31T04:30:00+02|2024-03-31T02:30:00Z",
            "2024-03-31T00:30:00-02:00|2024-03-31T02:30:00Z",
            "2024-03-31T02:30Z|2024-03-31T02:30:00Z",
            "2024-03-31 02:30:00Z|2024-03-31T02:30:00Z",
            "2024-03-31T02:30:00.25Z|2024-03-31T02:30:00.250Z",
            "2024-03-31T02:30:00,25Z|2024-03-31T02:30:00.250Z",
            "2024-03-31T02:30:00.123456789+00:00|2024-03-31T02:30:00.123456789Z",
            "2024-03-31T02:30:00|2024-03-31T02:30:00Z",
            "2024-03-31 02:30:00|2024-03-31T02:30:00Z",
            "2024-03-31 02:30|2024-03-31T02:30:00Z",
            "2024-03-31|2024-03-31T00:00:00Z",
            "'  2024-03-31 02:30:00  '|2024-03-31T02:30:00Z",
            "1711852200|2024-03-31T02:30:00Z",
            "1711852200.5|2024-03-31T02:30:00.500Z",
            "1711852200500|2024-03-31T02:30:00.500Z",
            "1711852200500000|2024-03-31T02:30:00.500Z",
            "1711852200500000000|2024-03-31T02:30:00.500Z",
            "-86400|1969-12-31T00:00:00Z",
            "0|1970-01-01T00:00:00Z",
    })
    void everyAcceptedForm(String text, String expected) throws TimestampException {
        assertEquals(Instant.parse(expected), TimestampParser.UTC.instant(text));
    }

    @Test
    void malformedTextNamesEveryAcceptedForm() {
        TimestampException e = assertThrows(TimestampException.class, () -> TimestampParser.UTC.instant("yesterday"));
        assertEquals("malformed timestamp; expected an ISO-8601 time (2024-03-31T02:30:00Z, 2024-03-31T04:30:00+02:00, "
                + "2024-03-31 02:30:00 or the date 2024-03-31) or epoch seconds, millis, micros or nanos (1711852200)",
                e.reason());
        assertEquals("yesterday", e.value());
        assertEquals(e.reason() + " (yesterday)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-02-14 14:30:00|2014-02-14T14:30:00Z",
            "2014-02-14T14:30:00|2014-02-14T14:30:00Z",
            "2014-02-14t14:30|2014-02-14T14:30:00Z",
            "2014-02-14|2014-02-14T00:00:00Z",
            "2014-02-14T14:30:00Z|2014-02-14T14:30:00Z",
            "2014-02-14T14:30:00.5Z|2014-02-14T14:30:00.500Z",
            "2014-02-14T14:30:00,25Z|2014-02-14T14:30:00.250Z",
            "2014-02-14T14:30:00.123456789Z|2014-02-14T14:30:00.123456789Z",
            "2014-02-14T14:30:00+01:00|2014-02-14T13:30:00Z",
            "2014-02-14T14:30:00-0530|2014-02-14T20:00:00Z",
            "2014-02-14T14:30:00+02|2014-02-14T12:30:00Z",
            "2024-02-29T23:59:59Z|2024-02-29T23:59:59Z",
            "1677-09-21T00:12:44Z|1677-09-21T00:12:44Z",
            "2262-04-11T23:47:16.854775806Z|2262-04-11T23:47:16.854775806Z",
            "1969-12-31T23:59:59.999999999Z|1969-12-31T23:59:59.999999999Z",
    })
    void isoForms(String text, String expected) throws TimestampException {
        assertEquals(nanos(expected), parse(UTC, text));
    }

    @Test
    void naiveTimesUseTheGivenZoneAndOffsetsInTheTextWin() throws TimestampException {
        TimestampParser berlin = new TimestampParser(BERLIN, EpochUnit.AUTO);
        assertEquals(nanos("2024-01-15T11:00:00Z"), parse(berlin, "2024-01-15 12:00:00")); // CET, +01:00
        assertEquals(nanos("2024-07-15T10:00:00Z"), parse(berlin, "2024-07-15 12:00:00")); // CEST, +02:00
        assertEquals(nanos("2024-07-15T12:00:00Z"), parse(berlin, "2024-07-15T12:00:00Z"));
        assertEquals(nanos("2024-07-15T09:00:00Z"), parse(berlin, "2024-07-15T12:00:00+03:00"));
    }

    @Test
    void dstGapIsRejectedAndOverlapTakesTheFirstOccurrence() throws TimestampException {
        TimestampParser berlin = new TimestampParser(BERLIN, EpochUnit.AUTO);
        TimestampException gap = assertThrows(TimestampException.class, () -> parse(berlin, "2024-03-31 02:30:00"));
        assertTrue(gap.getMessage().contains("does not exist in zone Europe/Berlin"), gap.getMessage());
        // 02:30 happens twice on 2024-10-27: first at +02:00 (00:30Z), then at +01:00 (01:30Z).
        assertEquals(nanos("2024-10-27T00:30:00Z"), parse(berlin, "2024-10-27 02:30:00"));
        assertEquals(nanos("2024-10-27T01:30:00Z"), parse(berlin, "2024-10-27T02:30:00+01:00"));
    }

    @Test
    void zoneRulesAgreeWithJavaTimeOverAYearOfHours() throws TimestampException {
        ZoneId ny = ZoneId.of("America/New_York");
        TimestampParser ts = new TimestampParser(ny, EpochUnit.AUTO);
        LocalDateTime t = LocalDateTime.of(2023, 1, 1, 0, 17, 9);
        for (int h = 0; h < 366 * 24; h++, t = t.plusHours(1)) {
            if (ny.getRules().getValidOffsets(t).isEmpty()) {
                continue;
            }
            Instant expected = t.atZone(ny).toInstant();
            assertEquals(expected.getEpochSecond() * 1_000_000_000L, parse(ts, t.toString().replace('T', ' ')));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1392388200|2014-02-14T14:30:00Z",
            "1392388200.25|2014-02-14T14:30:00.250Z",
            "1392388200123|2014-02-14T14:30:00.123Z",
            "1392388200123456|2014-02-14T14:30:00.123456Z",
            "1392388200123456789|2014-02-14T14:30:00.123456789Z",
            "0|1970-01-01T00:00:00Z",
            "-1.5|1969-12-31T23:59:58.500Z",
    })
    void epochUnitByMagnitude(String text, String expected) throws TimestampException {
        assertEquals(nanos(expected), parse(UTC, text));
    }

    @Test
    void explicitEpochUnits() throws TimestampException {
        assertEquals(5_000_000L, parse(new TimestampParser(ZoneOffset.UTC, EpochUnit.MS), "5"));
        assertEquals(5_000L, parse(new TimestampParser(ZoneOffset.UTC, EpochUnit.US), "5"));
        assertEquals(5L, parse(new TimestampParser(ZoneOffset.UTC, EpochUnit.NS), "5"));
        assertEquals(5_500_000L, parse(new TimestampParser(ZoneOffset.UTC, EpochUnit.MS), "5.5"));
        assertEquals(5_000_000_000L, parse(new TimestampParser(ZoneOffset.UTC, EpochUnit.S), "5"));
        assertThrows(TimestampException.class, () -> parse(new TimestampParser(ZoneOffset.UTC, EpochUnit.NS), "5.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2014-13-01", "2014-02-30", "2023-02-29T00:00:00Z", "2014-02-14T24:00:00",
            "2014-02-14T12:60:00", "2014-02-14T12:00:60Z", "2014-02-14T12:00:00.1234567891Z", "2014-02-14T12:00:00Q",
            "2014-02-14T12:00:00+25:00", "2014-02-14T12:00:00+0", "2014-02-14T12", "2014/02/14 12:00:00",
            "14-02-2014 12:00", "2014-2-14", "2014-02-14T12:00:00.Z", "1.2.3", "-", ".", "5.", "1e9",
            "99999999999999999999", "2262-04-12T00:00:00Z", "1600-01-01T00:00:00Z", "0x1F", "+1"})
    void malformedOrOutOfRangeIsRejectedWithTheValue(String text) {
        TimestampException e = assertThrows(TimestampException.class, () -> parse(UTC, text));
        assertTrue(text.isEmpty() ? e.getMessage().startsWith("empty timestamp")
                : e.getMessage().contains("(" + text + ")"), e.getMessage());
    }

    @Test
    void formatterMatchesInstantToStringAndParsesBack() throws TimestampException {
        Random rnd = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long n = switch (i % 4) {
                case 0 -> rnd.nextLong();
                case 1 -> rnd.nextLong() / 1_000_000 * 1_000_000;
                case 2 -> rnd.nextLong() / 1000 * 1000;
                default -> rnd.nextLong() / 1_000_000_000 * 1_000_000_000;
            };
            if (n < -9_223_372_036_000_000_000L) {
                continue; // Instant.toString prints the 1677 edge the same; only skip values our range excludes
            }
            StringBuilder sb = new StringBuilder();
            Civil.appendIso(n, sb);
            Instant inst = Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
            assertEquals(inst.toString(), sb.toString());
            assertEquals(n, parse(UTC, sb.toString()));
        }
    }
}
