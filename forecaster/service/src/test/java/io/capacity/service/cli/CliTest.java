package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.testkit.FreePorts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelpAndTheStoreOptions() {
        for (String name : CapacityCli.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CliRun run = CliRun.of(name, "--help");
            assertEquals(0, run.exitCode(), name + " --help");
            assertTrue(run.out().contains("--data-dir") && run.out().contains("--influx-url"),
                    name + " --help lacks the store options:\n" + run.out());
        }
    }

    /** Picocli formats descriptions with String.format and warns on System.err, not the command's writer. */
    @Test
    void everyHelpTextFormatsWithoutAWarning() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String name : CapacityCli.commandLine().getSubcommands().keySet()) {
                CliRun.of(name, "--help");
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), "a description needs %% for a literal %:\n" + warnings);
    }

    @Test
    void unknownCommandFailsWithAReason() {
        CliRun run = CliRun.of("frobnicate");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }

    @Test
    void noCommandFailsWithAReason() {
        CliRun run = CliRun.of();
        assertEquals(CommandLine.ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void seriesOnAnEmptyEmbeddedStoreListsNothing() {
        io.capacity.store.embedded.EmbeddedMetricStore.open(dir.resolve("capacity.duckdb")).close();
        CliRun run = CliRun.of("series", "--data-dir", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("0 series"), run.err());
    }

    @Test
    void unreachableInfluxIsOneLineNamingTheUrl() {
        String url = "http://127.0.0.1:" + FreePorts.one();
        CliRun run = CliRun.of("series", "--influx-url", url);
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(url) && run.err().startsWith("capacity series: error:"), run.err());
    }

    @Test
    void serveWithAnUnreachableStoreFailsBeforeStartingSpring() {
        String url = "http://127.0.0.1:" + FreePorts.one();
        CliRun run = CliRun.of("serve", "--influx-url", url, "--port", "0");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("capacity serve: error:") && run.err().contains(url), run.err());
        assertEquals("", run.out());
    }

    @Test
    void invalidConfigurationListsTheProblem() {
        CliRun run = CliRun.of("series", "--influx-url", "ftp://example");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("must start with http:// or https://"), run.err());
        assertEquals("capacity series: error: invalid store configuration: --influx-url must start with http:// or "
                + "https://, e.g. http://127.0.0.1:8086, got 'ftp://example'", run.err().strip());
    }
}
