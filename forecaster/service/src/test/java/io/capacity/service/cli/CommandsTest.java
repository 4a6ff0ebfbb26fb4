package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch commands end to end, in-process, on real files and a real embedded store. */
class CommandsTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** Three hourly series in the M4 layout, each a repeating day plus a level. */
    private Path m4File() throws IOException {
        StringBuilder sb = new StringBuilder("\"V1\",\"V2\"\n");
        for (int s = 0; s < 3; s++) {
            sb.append("\"S").append(s).append('"');
            for (int i = 0; i < 24 * 10; i++) {
                sb.append(",\"").append(100 * s + (i % 24) * (s + 1)).append('"');
            }
            sb.append('\n');
        }
        return Files.writeString(dir.resolve("m4.csv"), sb.toString());
    }

    @Test
    void forecastWritesOneRowPerSeriesAndStepWithEveryLevel() throws IOException {
        Path out = dir.resolve("fc.csv");
        CliRun run = CliRun.of("forecast", "--input", m4File().toString(), "--format", "m4", "--horizon", "24",
                "--season", "24", "--model", "snaive", "--levels", "80,95,99", "-o", out.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("series_id,step,mean,lower_80,upper_80,lower_95,upper_95,lower_99,upper_99", lines.get(0));
        assertEquals(1 + 3 * 24, lines.size());
        // Seasonal naive repeats the last day: series S1 at step 5 is 100 + 4 * 2.
        String[] s1step5 = lines.get(1 + 24 + 4).split(",");
        assertEquals("S1", s1step5[0]);
        assertEquals(108.0, Double.parseDouble(s1step5[2]), 1e-9);
        assertTrue(run.out().contains("forecast 3 series x 24 steps with snaive"), run.out());
    }

    @Test
    void forecastKeepsEveryModelWithinTheBoundsGiven() throws IOException {
        Path out = dir.resolve("bounded.csv");
        CliRun run = CliRun.of("forecast", "--input", m4File().toString(), "--format", "m4", "--horizon", "24",
                "--season", "24", "--model", "snaive", "--bounds", "10:150", "-o", out.toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (int c = 2; c < cells.length; c++) {
                double v = Double.parseDouble(cells[c]);
                assertTrue(v >= 10 && v <= 150, line);
            }
        }
        // S0 repeats 0..23, S2 200..269: truncated to the bounds, mean and intervals alike.
        assertEquals("S0,1,10.0,10.0,10.0,10.0,10.0", lines.get(1));
        assertEquals("S2,24,150.0,150.0,150.0,150.0,150.0", lines.get(72));
    }

    @Test
    void forecastFromTheStoreCarriesTimestamps() throws IOException {
        Path data = dir.resolve("data");
        try (MetricStore store = Stores.open(StoreConfig.embedded(data))) {
            List<Point> points = new ArrayList<>();
            long t0 = 1_700_000_000L * 1_000_000_000L;
            for (int i = 0; i < 24 * 14; i++) {
                points.add(Point.of("cpu", Map.of("host", "a", "cpu", "cpu-total"), "usage_idle",
                        50 + 20 * Math.sin(2 * Math.PI * i / 24), t0 + i * 3_600_000_000_000L));
            }
            store.write(points);
        }
        Path out = dir.resolve("fc.csv");
        CliRun run = CliRun.of("forecast", "--data-dir", data.toString(), "--from-store", "cpu usage_idle",
                "--step", "1h", "--horizon", "12", "--season", "24", "--model", "snaive", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("series_id,timestamp,step,mean"), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"cpu,cpu=cpu-total,host=a usage_idle\",2023-11-28T22:00:00Z,1,"),
                lines.get(1));
    }

    @Test
    void forecastNamesTheFileAndLineOfBadInput() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "\"V1\",\"V2\"\n\"S0\",\"1\",\"x\"\n");
        CliRun run = CliRun.of("forecast", "--input", bad.toString(), "--format", "m4", "--horizon", "2",
                "-o", dir.resolve("o.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.csv:2"), run.err());
        assertTrue(Files.notExists(dir.resolve("o.csv")), "nothing is written on bad input");
    }

    @Test
    void backtestPrintsEveryModelAndWritesPerSeriesRows() throws IOException {
        Path out = dir.resolve("bt.csv");
        CliRun run = CliRun.of("backtest", "--input", m4File().toString(), "--format", "m4", "--horizon", "24",
                "--season", "24", "--model", "snaive,naive", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("snaive ") && run.out().contains("naive "), run.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 2 * 3, lines.size());
        // The series repeat exactly: seasonal naive is perfect on the held-out day, and MASE (scaled by its
        // in-sample error, zero here) is undefined, an empty cell.
        assertTrue(lines.get(1).startsWith("S0,snaive,,0.0,0.0,0.0,,1.0,1.0,1,"), lines.get(1));
    }

    @Test
    void simulateReplaysARealTraceWithoutShortfall() throws IOException {
        Path trace = alibaba();
        Path out = dir.resolve("sim.json");
        CliRun run = CliRun.of("simulate", "--trace", trace.toString(), "--column", "cpu_util_percent", "--step",
                "5m", "--unit", "percent", "--hosts", "50", "--host-model", "dell-pe2950-iii-2008", "-o",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String json = Files.readString(out);
        for (String key : List.of("always_on_kwh", "plan_kwh", "oracle_kwh", "saving_fraction_of_oracle",
                "shortfall_hours", "transitions")) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        assertTrue(json.contains("\"shortfall_hours\":0,"), json);
        // The money next to the kWh: energy saved by plan and oracle, and what buying hosts later is worth.
        assertTrue(json.contains("\"plan_saved_cost\":") && json.contains("\"days_k\":["), json);
        assertTrue(run.out().contains("saved EUR (oracle)") && run.out().contains("purchases: buying each host"),
                run.out());
    }

    /** Issue 19 item 6: CPU and memory replayed together; the JSON and the table say which one bound the plan. */
    @Test
    void simulateReplaysCpuAndMemoryTogether() throws IOException {
        Path out = dir.resolve("joint.json");
        CliRun run = CliRun.of("simulate", "--trace", alibaba().toString(), "--column", "cpu_util_percent",
                "--column", "mem_util_percent:absolute", "--hosts", "50", "--host-model", "dell-pe2950-iii-2008",
                "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"trace\":\"alibaba2018_machine_usage_days_1_to_8_300s.csv:cpu_util_percent"
                + "+mem_util_percent\""), json);
        assertTrue(json.contains("\"shortfall_hours\":0,") && json.contains("\"binding\":{\"cpu\":"), json);
        assertTrue(run.out().contains("binding dimension (share of the plan's decisions): cpu "), run.out());
        // A host's memory stated: 2 points of the traced machines' memory each, so 50 hosts are those machines,
        // whose memory ran at 78-95 %: above the 0.8 target, memory binds at nearly every decision (measured 94 %;
        // CPU's wider bound only at its peaks), and nothing can be powered down.
        Path statedOut = dir.resolve("joint2.json");
        CliRun stated = CliRun.of("simulate", "--trace", alibaba().toString(), "--column", "cpu_util_percent",
                "--column", "mem_util_percent:absolute:2", "--hosts", "50", "--host-model", "dell-pe2950-iii-2008",
                "-o", statedOut.toString());
        assertEquals(0, stated.exitCode(), stated.err());
        String statedJson = Files.readString(statedOut);
        java.util.regex.Matcher memory = java.util.regex.Pattern.compile("\"binding\":\\{\"cpu\":[0-9.]+,"
                + "\"memory\":([0-9.]+)}").matcher(statedJson);
        assertTrue(memory.find() && Double.parseDouble(memory.group(1)) > 0.9, statedJson);
        assertTrue(statedJson.contains("\"transitions\":0,"), statedJson);
    }

    private static Path alibaba() {
        return ROOT.resolveSibling("shared").resolve(
                "data/datacenter-aggregates/alibaba2018_machine_usage_days_1_to_8_300s.csv");
    }

    @Test
    void simulateTakesTheCalibrationAndPackingOverridesAndRejectsBadOnes() throws IOException {
        Path trace = alibaba();
        Path out = dir.resolve("sim-off.json");
        CliRun run = CliRun.of("simulate", "--trace", trace.toString(), "--column", "cpu_util_percent", "--hosts",
                "50", "--host-model", "dell-r640-2017", "--calibration", "off", "--packing", "target",
                "--break-even", "off", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"calibrated_decisions\":0,"), json);
        assertTrue(json.contains("\"packing_load\":0.8,"), "packed to the target: " + json);
        CliRun bad = CliRun.of("simulate", "--trace", trace.toString(), "--column", "cpu_util_percent",
                "--packing", "tight", "-o", dir.resolve("x.json").toString());
        assertEquals(2, bad.exitCode(), bad.out());
        assertTrue(bad.err().contains("--packing: expected efficient or target, got 'tight'"), bad.err());
        // The schedule's rules are the plan's flags, checked the same way.
        CliRun rule = CliRun.of("simulate", "--trace", trace.toString(), "--column", "cpu_util_percent",
                "--max-transitions", "1", "-o", dir.resolve("x.json").toString());
        assertEquals(2, rule.exitCode(), rule.out());
        assertTrue(rule.err().contains("--max-transitions 1: the power transitions per host per day must be at least"
                + " 2"), rule.err());
        // A shorter minimum off time reaches plan and oracle: the oracle lets hosts go more often (with the
        // break-even rule off: on, an idle R640's 17 h break-even off time would outweigh either).
        Path shortOff = dir.resolve("off30.json");
        CliRun off = CliRun.of("simulate", "--trace", trace.toString(), "--column", "cpu_util_percent", "--hosts",
                "50", "--host-model", "dell-r640-2017", "--calibration", "off", "--packing", "target",
                "--min-off-time", "30m", "--break-even", "off", "-o", shortOff.toString());
        assertEquals(0, off.exitCode(), off.err());
        assertTrue(oracleTransitions(Files.readString(shortOff)) > oracleTransitions(json),
                Files.readString(shortOff));
    }

    @Test
    void planTurnsTheExampleDemandIntoPowerActions() throws IOException {
        Path out = dir.resolve("plan.json");
        CliRun run = CliRun.of("plan", "--inventory", ROOT.resolve("docs/examples/inventory.yaml").toString(),
                "--demand", ROOT.resolve("docs/examples/demand-c1.csv").toString(), "--horizon", "1d", "-o",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("power_down: power down"), run.out());
        assertTrue(Files.readString(out).contains("\"kind\":\"power_down\""));

        // R640s: the default may power a host more where that draws less, so it never plans more energy.
        CliRun target = CliRun.of("plan", "--inventory", ROOT.resolve("docs/examples/inventory.yaml").toString(),
                "--demand", ROOT.resolve("docs/examples/demand-c1.csv").toString(), "--horizon", "1d",
                "--packing", "target", "-o", dir.resolve("target.json").toString());
        assertEquals(0, target.exitCode(), target.err());
        assertTrue(planKwh(run.out()) <= planKwh(target.out()), run.out() + " vs " + target.out());
        CliRun bad = CliRun.of("plan", "--inventory", ROOT.resolve("docs/examples/inventory.yaml").toString(),
                "--demand", ROOT.resolve("docs/examples/demand-c1.csv").toString(), "--packing", "tight", "-o",
                dir.resolve("x.json").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--packing: expected efficient or target, got 'tight'"), bad.err());
    }

    @Test
    void planKeepsTheQuantileItIsGivenAndChecksTheHysteresisOptions() throws IOException {
        String inv = ROOT.resolve("docs/examples/inventory.yaml").toString();
        String demand = ROOT.resolve("docs/examples/demand-c1.csv").toString();
        Path out = dir.resolve("q80.json");
        CliRun q80 = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--horizon", "1d", "--quantile", "80",
                "-o", out.toString());
        CliRun q95 = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--horizon", "1d", "-o",
                dir.resolve("q95.json").toString());
        assertEquals(0, q80.exitCode(), q80.err());
        assertEquals(0, q95.exitCode(), q95.err());
        assertTrue(Files.readString(out).contains("upper 80 % + 0 % margin"), Files.readString(out));
        // A lower bound under the same target never needs more hosts, so never more energy.
        assertTrue(planKwh(q80.out()) <= planKwh(q95.out()), q80.out() + " vs " + q95.out());

        CliRun longer = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--horizon", "1d",
                "--min-off-time", "6h", "--max-transitions", "2", "-o", dir.resolve("slow.json").toString());
        assertEquals(0, longer.exitCode(), longer.err());
        assertTrue(Files.readString(dir.resolve("slow.json")).contains("minimum off time 6 step(s), at most 2"
                + " transitions per host per day"), Files.readString(dir.resolve("slow.json")));
        for (String[] bad : List.of(new String[] {"--quantile", "100"}, new String[] {"--max-transitions", "1"},
                new String[] {"--min-off-time", "soon"})) {
            CliRun run = CliRun.of("plan", "--inventory", inv, "--demand", demand, bad[0], bad[1], "-o",
                    dir.resolve("x.json").toString());
            assertEquals(2, run.exitCode(), String.join(" ", bad));
            assertTrue(run.err().contains(bad[0]), run.err());
        }
    }

    @Test
    void planPricesEnergyAtTheInventorysTariffAndRejectsABadCostsSection() throws IOException {
        String example = Files.readString(ROOT.resolve("docs/examples/inventory.yaml"));
        assertTrue(example.contains("  tariff: 0.15 "), "the example states the default tariff");
        String demand = ROOT.resolve("docs/examples/demand-c1.csv").toString();
        double[] energy = new double[2];
        String[] tariffs = {"0.15", "0.30"};
        for (int i = 0; i < 2; i++) {
            Path inv = dir.resolve("inv" + i + ".yaml");
            // Without wear (power_cycle_cost 0) the schedule does not depend on the tariff: a power cycle's wear
            // is money, and the energy it is weighed against is worth more at a dearer tariff.
            Files.writeString(inv, example.replace("  tariff: 0.15 ", "  power_cycle_cost: 0\n  tariff: "
                    + tariffs[i] + " "));
            Path out = dir.resolve("plan" + i + ".json");
            CliRun run = CliRun.of("plan", "--inventory", inv.toString(), "--demand", demand, "--horizon", "1d",
                    "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            Matcher m = Pattern.compile("\\{\"item\":\"energy, planned\",\"amount\":([0-9.]+)")
                    .matcher(Files.readString(out));
            assertTrue(m.find(), Files.readString(out));
            energy[i] = Double.parseDouble(m.group(1));
        }
        // The same schedule priced at twice the tariff (amounts are rounded to the cent).
        assertEquals(2 * energy[0], energy[1], 0.02);

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, example.replace("  pue: 1.5", "  pue: 0.5"));
        CliRun run = CliRun.of("plan", "--inventory", bad.toString(), "--demand", demand, "-o",
                dir.resolve("x.json").toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains(bad + ":6: costs.pue: 0.5: expected a number >= 1"), run.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void planWhatIfRecomputesThePlanNextToTheBase() throws IOException {
        Path out = dir.resolve("whatif.json");
        // Without wear (power_cycle_cost 0), so the schedule powers hosts down and on and names the added ones. At
        // +33 % (the README's scenario) rather than more: at +50 % the added hosts stay on all day (all 26 are
        // powered from step 3), and a host that never changes state is named in no transition.
        String inv = Files.writeString(dir.resolve("nowear.yaml"), Files.readString(ROOT.resolve(
                "docs/examples/inventory.yaml")).replace("costs:\n", "costs:\n  power_cycle_cost: 0\n")).toString();
        String demand = ROOT.resolve("docs/examples/demand-c1.csv").toString();
        CliRun run = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--horizon", "1d",
                "--what-if-workload", "33", "--what-if-add-hosts", "2:r640", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("what-if (workload +33.0 %; add 2:r640):"), run.out());
        String json = Files.readString(out);
        assertTrue(json.contains("\"scenario\":\"workload +33.0 %; add 2:r640\""), json.substring(0, 300));
        assertTrue(json.contains("what-if-r640-2"), "the added hosts are planned");
        // A third more demand costs energy: the scenario plans more kWh than the base.
        var kwh = java.util.regex.Pattern.compile("; ([0-9.]+) kWh planned").matcher(run.out());
        assertTrue(kwh.find());
        double base = Double.parseDouble(kwh.group(1));
        assertTrue(kwh.find());
        assertTrue(Double.parseDouble(kwh.group(1)) > base, run.out());

        CliRun bad = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--what-if-add-hosts", "2:r999",
                "-o", dir.resolve("x.json").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("--what-if-add-hosts '2:r999': no model 'r999' in the inventory; its models"
                + " are [r640]"), bad.err());
        // A tenant of 200 cores for 12 hours inside the day planned, given at 5-minute steps.
        StringBuilder csv = new StringBuilder("series_id,timestamp,value\n");
        for (int i = 0; i < 144; i++) {
            csv.append("c1:cpu,").append(java.time.Instant.parse("2018-01-09T06:00:00Z").plusSeconds(300L * i))
                    .append(",200\n");
        }
        Path tenant = Files.writeString(dir.resolve("tenant.csv"), csv);
        CliRun extra = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--horizon", "1d",
                "--what-if-extra", tenant.toString(), "-o", dir.resolve("extra.json").toString());
        assertEquals(0, extra.exitCode(), extra.err());
        assertTrue(extra.out().contains("what-if (extra tenant.csv):"), extra.out());
        assertTrue(extra.out().matches("(?s).*cluster c1: \\+[1-9][0-9.]* kWh.*"), "the tenant costs energy: "
                + extra.out());
        Path late = Files.writeString(dir.resolve("late.csv"),
                "series_id,timestamp,value\nc1:cpu,2019-01-01T00:00:00Z,5\n");
        CliRun outside = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--horizon", "1d",
                "--what-if-extra", late.toString(), "-o", dir.resolve("late.json").toString());
        assertEquals(1, outside.exitCode());
        assertTrue(outside.err().contains("series c1:cpu has no value in the plan horizon 2018-01-08T19:00:00Z .."),
                outside.err());

        Path power = Files.writeString(dir.resolve("power.csv"),
                "series_id,timestamp,value\nc1:power,2018-01-09T06:00:00Z,5000\n");
        CliRun budget = CliRun.of("plan", "--inventory", inv, "--demand", power.toString(), "-o",
                dir.resolve("w.json").toString());
        assertEquals(1, budget.exitCode());
        assertTrue(budget.err().contains("series_id 'c1:power': power is a budget (the cluster's power_budget_watts"
                + " in the inventory), not a demand to forecast"), budget.err());

        // Checked before the demand is even read: the missing file is not what fails.
        CliRun pue = CliRun.of("plan", "--inventory", inv, "--demand", dir.resolve("missing.csv").toString(),
                "--what-if-pue", "0.5", "-o", dir.resolve("v.json").toString());
        assertEquals(2, pue.exitCode());
        assertTrue(pue.err().contains("--what-if-pue 0.5: the PUE must be at least 1, got 0.5"), pue.err());

        CliRun gone = CliRun.of("plan", "--inventory", inv, "--demand", demand, "--what-if-remove-hosts",
                "node01,node99", "-o", dir.resolve("y.json").toString());
        assertEquals(2, gone.exitCode());
        assertTrue(gone.err().contains("--what-if-remove-hosts node01,node99: cannot remove unknown hosts [node99]"),
                gone.err());
    }

    private static int oracleTransitions(String json) {
        Matcher m = Pattern.compile("\"oracle_transitions\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Integer.parseInt(m.group(1));
    }

    private static double planKwh(String out) {
        var m = Pattern.compile("; ([0-9.]+) kWh planned").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void planFromTheStoreSumsTheClusterHostsCpu() throws IOException {
        Path data = dir.resolve("data");
        long hour = 3_600_000_000_000L;
        long end = System.currentTimeMillis() / 3_600_000L * hour;
        try (MetricStore store = Stores.open(StoreConfig.embedded(data))) {
            List<Point> points = new ArrayList<>();
            for (String host : List.of("h1", "h2", "h3")) {
                for (int i = 0; i < 24 * 21; i++) {
                    double busy = 30 + 25 * Math.sin(2 * Math.PI * i / 24);
                    points.add(Point.of("cpu", Map.of("host", host, "cpu", "cpu-total", "site", "fra1"),
                            "usage_idle", 100 - busy, end - (24 * 21 - i) * hour));
                    // 450 MB an hour received, 1 Mbps; loopback (1 Tbps, which would bind) is left out.
                    points.add(Point.of("net", Map.of("host", host, "interface", "eth0"), "bytes_recv",
                            (double) i * 450_000_000L, end - (24 * 21 - i) * hour));
                    points.add(Point.of("net", Map.of("host", host, "interface", "lo"), "bytes_recv",
                            (double) i * 450_000_000_000_000L, end - (24 * 21 - i) * hour));
                }
            }
            store.write(points);
        }
        Path inv = Files.writeString(dir.resolve("inv.yaml"), String.join("\n", "currency: EUR", "models:",
                "  r640: {power_model: dell-r640-2017, cores: 56, memory_gb: 192, nic_gbps: 25, price: 9000}",
                "clusters:", "  - id: c1", "costs:", "  power_cycle_cost: 0", "hosts:",
                "  - {id: h1, cluster: c1, model: r640, purchased: 2023-01-01}",
                "  - {id: h2, cluster: c1, model: r640, purchased: 2023-01-01}",
                "  - {id: h3, cluster: c1, model: r640, purchased: 2023-01-01}", ""));
        Path out = dir.resolve("plan.json");
        CliRun run = CliRun.of("plan", "--data-dir", data.toString(), "--inventory", inv.toString(), "--from-store",
                "--horizon", "1d", "--model", "snaive", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String json = Files.readString(out);
        // Three 56-core hosts at 30 +- 25 % busy: a peak near 93 cores, so with N+1 at most three hosts stay on
        // and at night, near 9 cores, two suffice (without wear: with it a night's dip does not pay an R640's cycle).
        assertTrue(json.contains("\"cpu_need\""), json);
        assertTrue(json.contains("\"powered\":2"), "the night needs only two hosts: " + json.substring(0, 400));
        assertTrue(run.out().contains("BANDWIDTH"), "bandwidth is planned from the net counters: " + run.out());
        assertTrue(run.out().contains("binding CPU"), "loopback traffic is not network demand: " + run.out());

        Path empty = dir.resolve("empty");
        // A store without data (a missing one is its own error: a read command does not create it).
        io.capacity.store.embedded.EmbeddedMetricStore.open(empty.resolve("capacity.duckdb")).close();
        CliRun none = CliRun.of("plan", "--data-dir", empty.toString(), "--inventory", inv.toString(),
                "--from-store", "-o", dir.resolve("p2.json").toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("cluster c1: no stored cpu or mem data"), none.err());
    }

    @Test
    void planListsEveryInventoryProblem() throws IOException {
        Path inv = Files.writeString(dir.resolve("inv.yaml"), "currency: EUR\nhosts:\n  - {id: a, cores: -1}\n");
        CliRun run = CliRun.of("plan", "--inventory", inv.toString(), "--demand",
                ROOT.resolve("docs/examples/demand-c1.csv").toString(), "-o", dir.resolve("p.json").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("inv.yaml:3"), run.err());
    }
}
