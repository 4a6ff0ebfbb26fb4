package io.capacity.planner.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 12, item 12: a replay's input values lie in their unit's range, or the error names the line. */
class TraceReaderTest {
    @TempDir
    Path dir;

    private Path trace(String... rows) throws IOException {
        return Files.writeString(dir.resolve("t.csv"), "time,cpu,mem\n" + String.join("\n", rows) + "\n");
    }

    private static Trace read(Path file, String column, Unit unit) {
        return TraceReader.read(new TraceSource(file, column, Duration.ofMinutes(5), unit, null, null), 0.8, 10, 1);
    }

    private static String error(Path file, String column, Unit unit) {
        return assertThrows(IllegalArgumentException.class, () -> read(file, column, unit)).getMessage();
    }

    @Test
    void valuesInsideTheirUnitsRangeAreRead() throws IOException {
        Path f = trace("0,0,0.25", "1,100,1", "2,50,0.5");
        assertEquals(1.0, read(f, "cpu", Unit.PERCENT).at(1));
        assertEquals(0.25, read(f, "mem", Unit.FRACTION).at(0));
    }

    @Test
    void aPercentageAbove100NamesItsLineValueAndRange() throws IOException {
        Path f = trace("0,40,0.1", "1,2500000,0.1", "2,3000000,0.1", "3,60,0.1");
        assertEquals(f + ":3: column cpu: 2500000.0: expected a percentage from 0 to 100 (unit percent)"
                + " (1 more row(s) outside it)", error(f, "cpu", Unit.PERCENT));
    }

    @Test
    void fractionsAbove1AndNegativeOrNonFiniteAmountsAreErrors() throws IOException {
        Path f = trace("0,40,0.1", "1,50,1.5");
        assertEquals(f + ":3: column mem: 1.5: expected a fraction from 0 to 1 (unit fraction)",
                error(f, "mem", Unit.FRACTION));
        Path g = trace("0,40,0.1", "1,-3,0.1");
        assertEquals(g + ":3: column cpu: -3.0: expected a finite amount of at least 0 (unit absolute)",
                error(g, "cpu", Unit.ABSOLUTE));
        Path h = trace("0,NaN,0.1");
        assertEquals(h + ":2: column cpu: NaN: expected a percentage from 0 to 100 (unit percent)",
                error(h, "cpu", Unit.PERCENT));
        Path i = trace("0,Infinity,0.1");
        assertEquals(i + ":2: column cpu: Infinity: expected a finite amount of at least 0 (unit absolute)",
                error(i, "cpu", Unit.ABSOLUTE));
    }

    @Test
    void theSumOfColumnsIsJudgedAsOneValue() throws IOException {
        Path f = trace("0,60,30", "1,60,50");
        assertEquals(f + ":3: the sum of the columns: 110.0: expected a percentage from 0 to 100 (unit percent)",
                error(f, "*", Unit.PERCENT));
    }

    @Test
    void aMissingTraceSaysSo() {
        Path f = dir.resolve("missing.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> read(f, "cpu", Unit.PERCENT));
        assertEquals("trace " + f + ": no such file or directory", e.getMessage());
    }

    @Test
    void aUnitIsNamedInAnyCaseAndAnUnknownOneListsThem() {
        assertEquals(Unit.PERCENT, Unit.parse(" Percent "));
        assertEquals("'bogus' is not one of fraction, percent, absolute",
                assertThrows(IllegalArgumentException.class, () -> Unit.parse("bogus")).getMessage());
    }

    @Test
    void severalColumnsAreReadEachInItsOwnUnitAndCheckedAlike() throws IOException {
        Path f = trace("0,40,0.25", "1,100,1", "2,50,0.5");
        Trace t = TraceReader.read(new TraceSource(f, "cpu", Duration.ofMinutes(5), Unit.PERCENT, null, null,
                java.util.List.of(new Column("mem", Unit.FRACTION, null))), 0.8, 10, 1);
        assertEquals(2, t.dimensions());
        assertEquals("t.csv:cpu+mem", t.name());
        assertEquals(0.4, t.at(0), 1e-12);
        assertEquals(0.25, t.at(1, 0), 1e-12);
        assertEquals(1.0, t.at(1, 1), 1e-12);
        // An absolute further column without a capacity is sized from its own peak: N-k hosts hold it at the target.
        Trace a = TraceReader.read(new TraceSource(f, "cpu", Duration.ofMinutes(5), Unit.PERCENT, null, null,
                java.util.List.of(new Column("mem", Unit.ABSOLUTE, null))), 0.8, 10, 1);
        assertEquals(0.8 * 9 / 10, a.at(1, 1), 1e-12);
        Path bad = trace("0,40,0.25", "1,50,1.5");
        assertEquals(bad + ":3: column mem: 1.5: expected a fraction from 0 to 1 (unit fraction)",
                assertThrows(IllegalArgumentException.class, () -> TraceReader.read(new TraceSource(bad, "cpu",
                        Duration.ofMinutes(5), Unit.PERCENT, null, null, java.util.List.of(new Column("mem",
                        Unit.FRACTION, null))), 0.8, 10, 1)).getMessage());
        assertEquals("the sum of every column (*) is one demand; name each column to replay several",
                assertThrows(IllegalArgumentException.class, () -> new TraceSource(f, "*", Duration.ofMinutes(5),
                        Unit.PERCENT, null, null, java.util.List.of(new Column("mem", Unit.FRACTION, null))))
                        .getMessage());
    }
}
