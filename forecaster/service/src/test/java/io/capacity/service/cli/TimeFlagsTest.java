package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.capacity.core.time.TimestampException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time flags read every form the files do (the core's parser), plus times relative to now. */
class TimeFlagsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-03-31T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "now|2024-03-31T12:00:00Z",
            "-7d|2024-03-24T12:00:00Z",
            "+1h|2024-03-31T13:00:00Z",
            "-30m|2024-03-31T11:30:00Z",
            "2024-03-31T04:30:00+02:00|2024-03-31T02:30:00Z",
            "2024-03-31 02:30:00|2024-03-31T02:30:00Z",
            "2024-03-31|2024-03-31T00:00:00Z",
            "1711852200|2024-03-31T02:30:00Z",
            "1711852200000|2024-03-31T02:30:00Z",
    })
    void relativeTimesAndEveryFileForm(String flag, String expected) throws TimestampException {
        assertEquals(Instant.parse(expected), TimeFlags.instant(flag, NOW));
    }
}
