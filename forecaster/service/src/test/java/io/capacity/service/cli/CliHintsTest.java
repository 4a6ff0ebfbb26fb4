package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 8: the command line shows the core's override hints as its own flags. */
class CliHintsTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final List<Pattern> JAVA = List.of(Pattern.compile("\\b[a-z]+[A-Z]\\w*\\("),
            Pattern.compile("\\b[A-Z][a-z]+[A-Z]?\\w*\\.[A-Za-z]\\w*"), Pattern.compile("\\bnew [A-Z]\\w*"));

    @TempDir
    Path dir;

    @Test
    void optionsWithAFlagReadAsTheFlag() {
        assertEquals("Override with --packing target", CliHints.toFlags("Override with option packing=target"));
        assertEquals("Override with --expected-load U; --purchase-model MODEL.",
                CliHints.toFlags("Override with option expected_load=U; option purchase_model=MODEL."));
        assertEquals("(force with option seasonal_differences=1 (no command-line flag; --model NAME picks another"
                + " model))", CliHints.toFlags("(force with option seasonal_differences=1)"));
        assertEquals("override with --model NAME (snaive, naive) or --ensemble none; intervals calibrated from 9"
                + " backtest errors (--no-conformal keeps the model's own)", CliHints.toFlags("override with option"
                + " model=NAME (snaive, naive) or option ensemble=none; intervals calibrated from 9 backtest errors"
                + " (option conformal=off keeps the model's own)"));
    }

    @Test
    void planLogsItsOverridesAsFlagsAUserCanType() throws Exception {
        Path out = dir.resolve("plan.json");
        PrintStream saved = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CliRun run;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of("plan", "--inventory", ROOT.resolve("docs/examples/inventory.yaml").toString(),
                    "--demand", ROOT.resolve("docs/examples/demand-c1.csv").toString(), "--horizon", "1d",
                    "--model", "snaive", "-o", out.toString());
        } finally {
            System.setErr(saved);
        }
        String err = log.toString(StandardCharsets.UTF_8);
        assertEquals(0, run.exitCode(), run.err() + err);
        assertTrue(err.contains("Override with --packing target"), err);
        assertTrue(err.contains("Override with --expected-load U"), err);
        assertFalse(err.contains("option packing="), err);
        for (Pattern p : JAVA) {
            assertFalse(p.matcher(err).find(), p + ": " + err);
        }
        // The flags the hints name are flags of plan.
        Path again = dir.resolve("again.json");
        CliRun typed = CliRun.of("plan", "--inventory", ROOT.resolve("docs/examples/inventory.yaml").toString(),
                "--demand", ROOT.resolve("docs/examples/demand-c1.csv").toString(), "--horizon", "1d", "--model",
                "snaive", "--packing", "target", "--expected-load", "0.5", "--purchase-model", "r640", "-o",
                again.toString());
        assertEquals(0, typed.exitCode(), typed.err());
        assertTrue(Files.exists(again));
    }
}
