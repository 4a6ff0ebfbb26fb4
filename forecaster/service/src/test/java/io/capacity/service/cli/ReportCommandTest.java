package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.report.ReportWeek;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./capacity report} on the demo fleet's stored history, and its one-line answers to bad input. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheLastWeeksReportAndSaysWhereWithoutAPlanBook() throws Exception {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            DemoStart.run(store, dir, DemoFleet.MIN_HOSTS, DemoFleet.DEFAULT_SEED, Clock.systemUTC());
        }
        Path out = dir.resolve("flat.html");
        CliRun r = CliRun.of("report", "--data-dir", dir.toString(), "--inventory",
                dir.resolve("demo-inventory.yaml").toString(), "--cluster", "demo-flat", "--format", "html",
                "--output", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        ReportWeek last = ReportWeek.lastComplete(Instant.now(), ZoneOffset.UTC);
        assertEquals("report " + last + " (html, 9 sections) -> " + out, r.out().strip());
        String html = Files.readString(out);
        assertTrue(html.contains("Weekly capacity report " + last), html.substring(0, 300));
        assertTrue(html.contains("Cluster demo-flat") && !html.contains("Cluster demo-growing"));
        assertTrue(html.contains("No plan book is kept here"), "the plan sections say why they are empty");
        assertTrue(html.contains("data:image/png;base64,"), "charts inline");
    }

    @Test
    void badInputIsOneLineNamingTheFlag() {
        String out = dir.resolve("r.pdf").toString();
        for (String[] c : new String[][] {
                {"--week 2026-47: expected an ISO week such as 2026-W47", "2", "--week", "2026-47", "--format", "pdf"},
                {"--format docx: expected html, pdf or csv", "2", "--format", "docx"},
                {"--zone Mars/Olympus: expected a time zone", "2", "--zone", "Mars/Olympus", "--format", "pdf"},
                {"--week 2099-W01 has not begun yet", "1", "--week", "2099-W01", "--format", "pdf"}}) {
            String[] args = new String[c.length - 2 + 5];
            args[0] = "report";
            args[1] = "--data-dir";
            args[2] = dir.toString();
            args[3] = "--output";
            args[4] = out;
            System.arraycopy(c, 2, args, 5, c.length - 2);
            CliRun r = CliRun.of(args);
            assertEquals(Integer.parseInt(c[1]), r.exitCode(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(c[0]), r.err());
        }
        CliRun missingDir = CliRun.of("report", "--format", "csv", "--output", dir.resolve("no/such/r.csv").toString());
        assertEquals(2, missingDir.exitCode());
        assertTrue(missingDir.err().contains("does not exist"), missingDir.err());
    }
}
