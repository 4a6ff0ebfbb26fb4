package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** import and export as a user runs them: formats per file, bad flags, missing directories. */
class ImportExportCliTest {
    @TempDir
    Path dir;

    @Test
    void importReadsEachFileInItsOwnFormat() throws IOException {
        Path csv = Files.writeString(dir.resolve("good.csv"), "time,measurement,field,value\n"
                + "2024-01-01T00:00:00Z,cpu,usage,1\n");
        Path lp = Files.writeString(dir.resolve("more.lp"), "cpu usage=2 1704067260000000000\n");
        CliRun run = CliRun.of("import", "--no-progress", "--data-dir", dir.resolve("d").toString(), csv.toString(),
                lp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(csv + ": imported 1 points"), run.out());
        assertTrue(run.out().contains(lp + ": imported 1 points"), run.out());
    }

    @Test
    void aZoneThatDoesNotExistIsAUsageErrorSayingWhatIsExpected() throws IOException {
        Path csv = Files.writeString(dir.resolve("good.csv"), "time,measurement,field,value\n2024-01-01,cpu,u,1\n");
        CliRun run = CliRun.of("import", "--data-dir", dir.toString(), "--zone", "Mars/Olympus", csv.toString());
        assertEquals(CommandLine.ExitCode.USAGE, run.exitCode());
        String first = run.err().lines().findFirst().orElse("");
        assertEquals("capacity import: error: --zone: 'Mars/Olympus' is not a time zone; expected an IANA time "
                + "zone like Europe/Berlin or America/New_York, UTC, or an offset like +02:00 (see 'capacity import "
                + "--help')", first);
        assertFalse(run.err().contains("java."), run.err());
    }

    @Test
    void aTimeThatDoesNotReadIsAUsageErrorSayingWhatIsExpected() {
        CliRun run = CliRun.of("export", "--data-dir", dir.toString(), "--from", "yesterday", "-o",
                dir.resolve("x.csv").toString());
        assertEquals(CommandLine.ExitCode.USAGE, run.exitCode());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("capacity export: error: --from: 'yesterday' is not a time; expected an "
                + "ISO-8601 time"), first);
        assertTrue(first.contains("or a time relative to now (now, -7d, -12h, -30m)"), first);
        assertFalse(run.err().contains("java."), run.err());
    }

    @Test
    void anEmptyWindowIsAUsageError() {
        CliRun run = CliRun.of("export", "--data-dir", dir.toString(), "--from", "2024-02-01", "--to", "2024-01-01",
                "-o", dir.resolve("x.csv").toString());
        assertEquals(CommandLine.ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("capacity export: error: --from 2024-02-01T00:00:00Z is not before --to "
                + "2024-01-01T00:00:00Z; expected an earlier --from"), run.err());
    }

    @Test
    void relativeTimesExportTheWindow() throws IOException {
        Path lp = Files.writeString(dir.resolve("a.lp"), "cpu usage=1 1\ncpu usage=2 " + System.currentTimeMillis()
                * 1_000_000L + "\n");
        assertEquals(0, CliRun.of("import", "--no-progress", "--data-dir", dir.toString(), lp.toString()).exitCode());
        Path out = dir.resolve("recent.lp");
        CliRun run = CliRun.of("export", "--data-dir", dir.toString(), "--from", "-7d", "--to", "+1h", "-o",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("exported 1 points of 1 series"), run.out());
    }

    @Test
    void aReadCommandOnAMistypedDataDirSaysSoAndCreatesNothing() {
        Path typo = dir.resolve("dta");
        for (String[] args : new String[][] {{"series"}, {"export", "-o", dir.resolve("x.lp").toString()}}) {
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--data-dir";
            full[args.length + 1] = typo.toString();
            CliRun run = CliRun.of(full);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("capacity " + args[0] + ": error: embedded store: no store in " + typo + " (capacity.duckdb: "
                    + "the directory does not exist); check --data-dir or CAPACITY_DATA_DIR, or import data first\n",
                    run.err());
            assertTrue(Files.notExists(typo));
        }
    }

    @Test
    void exportToADirectoryThatDoesNotExistNamesIt() throws IOException {
        Path lp = Files.writeString(dir.resolve("a.lp"), "cpu usage=1 1\n");
        assertEquals(0, CliRun.of("import", "--no-progress", "--data-dir", dir.toString(), lp.toString()).exitCode());
        Path out = dir.resolve("nonexistent/x.csv");
        CliRun run = CliRun.of("export", "--data-dir", dir.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode());
        assertEquals("capacity export: error: export to " + out + ": the directory " + out.getParent()
                + " does not exist; create it or choose another output file\n", run.err());
    }
}
