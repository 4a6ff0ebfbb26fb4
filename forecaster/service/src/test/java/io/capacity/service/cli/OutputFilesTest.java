package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the commands write: whole or not at all, with the user's umask, never into a directory made up. */
class OutputFilesTest {
    @TempDir
    Path dir;

    private Path m4() throws IOException {
        StringBuilder sb = new StringBuilder("\"V1\",\"V2\"\n\"S1\"");
        for (int i = 0; i < 240; i++) {
            sb.append(",\"").append(10 + i % 24).append('"');
        }
        return Files.writeString(dir.resolve("m4.csv"), sb.append('\n').toString());
    }

    @Test
    void forecastAndBacktestOutputsGetTheUmaskOfAnyNewFile() throws IOException {
        // A file created the ordinary way shows what the umask gives (0644 under 022); outputs must match it.
        Path reference = Files.writeString(dir.resolve("reference"), "x");
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
        Path fc = dir.resolve("fc.csv");
        Path bt = dir.resolve("bt.csv");
        CliRun f = CliRun.of("forecast", "--input", m4().toString(), "--format", "m4", "--horizon", "24", "--season",
                "24", "--model", "snaive", "-o", fc.toString(), "--no-progress");
        CliRun b = CliRun.of("backtest", "--input", m4().toString(), "--format", "m4", "--horizon", "24", "--season",
                "24", "--model", "snaive", "-o", bt.toString(), "--no-progress");
        assertEquals(0, f.exitCode(), f.err());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(fc)));
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(bt)));
        assertEquals(List.of("bt.csv", "fc.csv", "m4.csv", "reference"), names());
    }

    @Test
    void anOutputDirectoryThatDoesNotExistIsAnErrorNamingItAndIsNotCreated() throws IOException {
        Path missing = dir.resolve("no-such-dir");
        CliRun run = CliRun.of("forecast", "--input", m4().toString(), "--format", "m4", "--horizon", "24",
                "--model", "snaive", "-o", missing.resolve("fc.csv").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("directory " + missing + " does not exist"), run.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
        Path out = Files.writeString(dir.resolve("plan.json"), "previous");
        IOException e = assertThrows(IOException.class, () -> OutputFiles.write(out, w -> {
            w.write("half of a new");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous", Files.readString(out));
        assertEquals(List.of("plan.json"), names());
        OutputFiles.writeString(out, "new");
        assertEquals("new", Files.readString(out));
        assertEquals(List.of("plan.json"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
