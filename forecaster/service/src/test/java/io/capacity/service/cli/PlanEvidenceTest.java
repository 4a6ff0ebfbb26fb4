package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 1: the README's 24-host inventory with two minutes of {@code cpu} data for one host, imported into
 * a real embedded store, planned from the store. It used to print {@code power down 18 host(s)}; it must hold.
 */
class PlanEvidenceTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void twoMinutesOfOneHostsCpuHoldTheWholeCluster() throws IOException {
        long now = System.currentTimeMillis() / 1000;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            lines.add("cpu,cpu=cpu-total,host=node01 usage_idle=60 " + (now - 120 + 10L * i) + "000000000");
        }
        Path lp = Files.write(dir.resolve("two-minutes.lp"), lines);
        Path data = dir.resolve("data");
        CliRun imported = CliRun.of("import", "--data-dir", data.toString(), lp.toString());
        assertEquals(0, imported.exitCode(), imported.err());

        Path out = dir.resolve("plan.json");
        CliRun run = CliRun.of("plan", "--data-dir", data.toString(), "--inventory",
                ROOT.resolve("docs/examples/inventory.yaml").toString(), "--from-store", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("power_down"), run.out());
        assertTrue(run.out().contains("forecast BAD"), run.out());
        // Two minutes are one or two hourly values, as they fall about the hour.
        assertTrue(Pattern.compile("  hold: nothing powered down or bought, too little evidence: cpu history spans"
                + " [12]h \\([12] value\\(s\\) at 1h steps\\); a plan needs at least 2d \\(2 daily seasons\\);"
                + " no cpu data for 19 of 20 serving hosts \\(node02, node03, ").matcher(run.out()).find(), run.out());
        String json = Files.readString(out);
        assertTrue(json.contains("\"grade\":\"bad\""), json.substring(0, 300));
        assertTrue(json.contains("\"transitions\":[]"), "no power event at all");
    }

    @Test
    void aServingHostWithTwoHoursOfDataHoldsAClusterWithThreeDays() throws IOException {
        long hour = 3600;
        long end = System.currentTimeMillis() / 1000 / hour * hour;
        List<String> lines = new ArrayList<>();
        for (int h = 1; h <= 24; h++) {
            String host = String.format("node%02d", h);
            int hours = h == 5 ? 2 : 72;
            for (int i = hours; i >= 1; i--) {
                double busy = 30 + 20 * Math.sin(2 * Math.PI * i / 24) + (i * 7919 % 13);
                lines.add("cpu,cpu=cpu-total,host=" + host + " usage_idle=" + (100 - busy) + " "
                        + (end - i * hour) + "000000000");
            }
        }
        Path lp = Files.write(dir.resolve("three-days.lp"), lines);
        Path data = dir.resolve("data");
        assertEquals(0, CliRun.of("import", "--data-dir", data.toString(), lp.toString()).exitCode());
        CliRun run = CliRun.of("plan", "--data-dir", data.toString(), "--inventory",
                ROOT.resolve("docs/examples/inventory.yaml").toString(), "--from-store", "--horizon", "1d",
                "--model", "snaive", "-o", dir.resolve("plan.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("power_down"), run.out());
        assertTrue(run.out().contains("under 2d of cpu data for 1 of 20 serving hosts (node05, shortest 2h)"),
                run.out());
    }
}
