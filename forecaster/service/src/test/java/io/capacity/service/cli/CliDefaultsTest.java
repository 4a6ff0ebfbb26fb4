package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.DurationText;
import io.capacity.app.actions.apply.ApplySettings;
import io.capacity.app.backtest.BacktestRequest;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.forecast.EnsembleText;
import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.PlanRules;
import io.capacity.app.plan.SimulateRequest;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.planner.model.CostSettings;
import io.capacity.service.pipeline.PipelineConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every default a use-case command documents is the application layer's: shown through {@link CliDefaults} from
 * the request records, or, where the help says it in words, checked here against the record. A documented default
 * this test does not know fails it, so a new one cannot drift from its record unnoticed.
 */
class CliDefaultsTest {
    /** The commands whose work is a use case of the application layer (serve: its demo, pipeline and plans). */
    private static final Set<String> USE_CASES = Set.of("forecast", "backtest", "plan", "simulate", "serve");
    /**
     * Command-line matters with no request record: their defaults stay in their annotations. An option name holds
     * for every command; "command --option" for one: serve's listening address and token switches, read from the
     * environment first, and its on/off switches for the built-in agent, the pipeline and the scheduled report.
     */
    private static final Set<String> CLI_ONLY = Set.of("--progress", "serve --port", "serve --bind",
            "serve --tokens-file", "serve --reads-need-token", "serve --collect", "serve --pipeline",
            "serve --reports");

    /** Defaults said in words, by command and option: the words the help must contain, from the records. */
    private static Map<String, String> documentedInWords() {
        ForecastSettings fs = ForecastSettings.DEFAULTS;
        String step = DurationText.of(SeriesSource.DEFAULT_STEP);
        Map<String, String> m = new java.util.HashMap<>();
        for (String c : List.of("forecast", "backtest")) {
            m.put(c + " --from-store", "(--step, default " + step + ")");
            m.put(c + " --step", "m4: nominal, default " + step + "; csv: data are resampled to it by mean, default:"
                    + " the median spacing of the first series");
            assertEquals(Runtime.getRuntime().availableProcessors(), fs.threads());
            m.put(c + " --threads", "(default: all cores)");
            assertTrue(ModelOptions.DEFAULTS.conformal());
            m.put(c + " --conformal", "(default: on)");
            assertNull(ModelOptions.DEFAULTS.ensemble(), "auto's own ensemble, best K by inverse error");
            m.put(c + " --ensemble", "(default K=" + EnsembleText.DEFAULT_K + ")");
        }
        assertNull(BacktestRequest.DEFAULTS.period());
        m.put("backtest --period", "(default: the horizon)");
        assertNull(PlanRequest.DEFAULTS.expectedLoad());
        m.put("plan --expected-load", "(default: the mean forecast over the sized capacity)");
        assertNull(PlanRequest.DEFAULTS.purchaseModel());
        m.put("plan --purchase-model", "(default: the cluster's most common model)");
        assertNull(DemandSource.Stored.DEFAULTS.bandwidthExclude());
        m.put("plan --bandwidth-exclude", "loopback and container/VM bridges by default");
        m.put("plan --what-if-lead-time", "(default " + DurationText.of(java.time.Duration.ofMinutes(
                Math.round(CostSettings.DEFAULTS.procurementLead() * 1440))) + ")");
        assertNull(SimulateRequest.DEFAULTS.capacity());
        m.put("simulate --capacity", "(default: sized from the peak)");
        m.put("simulate --host-model", "(default: " + String.join(" and ", SimulateRequest.DEFAULTS.hostModels())
                + ")");
        m.put("simulate --model", SimulateRequest.DEFAULTS.model() + " (default)");
        assertNull(SimulateRequest.DEFAULTS.cycleCost());
        m.put("simulate --power-cycle-cost", "(default: --price / " + Math.round(CostSettings.RATED_CYCLES)
                + " rated start/stop cycles)");
        m.put("serve --collect-config", "(default: sample this host every "
                + HostSamplerConfig.DEFAULT_INTERVAL.toSeconds() + " s)");
        assertFalse(ApplySettings.DEFAULTS.execute());
        m.put("serve --apply-actions", "(default: off)");
        m.put("serve --inventory", "(default: the demo's under --demo, else none: no plans)");
        return m;
    }

    @Test
    void everyDocumentedDefaultIsTheRecords() {
        CommandLine cli = CapacityCli.commandLine();
        Map<String, String> words = documentedInWords();
        List<String> problems = new ArrayList<>();
        int shown = 0;
        for (String name : USE_CASES) {
            for (OptionSpec o : cli.getSubcommands().get(name).getCommandSpec().options()) {
                String key = name + " " + o.longestName();
                String text = String.join(" ", o.description());
                boolean cliOnly = CLI_ONLY.contains(o.longestName()) || CLI_ONLY.contains(key);
                if (o.defaultValue() != null && !cliOnly) {
                    problems.add(key + ": default '" + o.defaultValue() + "' written in its annotation, not read "
                            + "from a request record");
                }
                String provided = CliDefaults.VALUES.get(key);
                if (text.contains("(default: null)")) {
                    problems.add(key + ": shows a default that no record gives");
                } else if (provided != null && java.util.regex.Pattern.compile("\\(default: "
                        + java.util.regex.Pattern.quote(provided) + "[),. ]").matcher(text).find()) {
                    shown++;
                } else if (cliOnly) {
                    continue;
                } else if (o.usageHelp() || o.versionHelp() || isStoreOption(o)) {
                    continue;
                } else if (text.toLowerCase(Locale.ROOT).contains("default")) {
                    String expected = words.get(key);
                    if (expected == null) {
                        problems.add(key + ": documents a default in words that this test does not check: " + text);
                    } else if (!text.contains(expected)) {
                        problems.add(key + ": help says '" + text + "', the record says '" + expected + "'");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(shown >= 20, "defaults shown: " + shown);
    }

    @Test
    void theHelpShowsTheRecordsValues() {
        CommandLine cli = CapacityCli.commandLine();
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("forecast --model", ForecastRequest.DEFAULTS.model()),
                Map.entry("forecast --levels", "80,95"),
                Map.entry("backtest --model", String.join(",", BacktestRequest.DEFAULTS.models())),
                Map.entry("plan --horizon", DurationText.of(PlanRequest.DEFAULTS.horizon())),
                Map.entry("plan --history", DurationText.of(DemandSource.Stored.DEFAULTS.history())),
                Map.entry("plan --target-util", Double.toString(PlanRules.DEFAULTS.targetUtil())),
                Map.entry("simulate --min-off-time", DurationText.of(PlanRules.DEFAULTS.minOffTime())),
                Map.entry("simulate --calibration", DurationText.of(SimulateRequest.DEFAULTS.calibration())),
                Map.entry("simulate --currency", SimulateRequest.DEFAULTS.currency()),
                Map.entry("serve --demo-hosts", Integer.toString(DemoFleet.DEFAULT_HOSTS)),
                Map.entry("serve --demo-seed", Long.toString(DemoFleet.DEFAULT_SEED)),
                Map.entry("serve --pipeline-every", DurationText.of(PipelineConfig.DEFAULT_EVERY)),
                Map.entry("serve --pipeline-choose-every", DurationText.of(PipelineSettings.DEFAULTS.chooseEvery())));
        expected.forEach((key, value) -> {
            String[] co = key.split(" ");
            OptionSpec o = cli.getSubcommands().get(co[0]).getCommandSpec().findOption(co[1]);
            assertNotNull(o, key);
            assertEquals(value, o.defaultValueString(), key);
            String help = cli.getSubcommands().get(co[0]).getUsageMessage().replaceAll("\\s+", " ");
            assertTrue(help.contains("(default: " + value + ")"), key + " in\n" + help);
        });
    }

    @Test
    void valuesAreWrittenAsUsersTypeThem() {
        assertEquals("95", CliDefaults.text(95.0));
        assertEquals("0.8", CliDefaults.text(0.8));
        assertEquals("7d", CliDefaults.text(java.time.Duration.ofDays(7)));
        assertEquals("90m", CliDefaults.text(java.time.Duration.ofMinutes(90)));
        assertEquals("snaive,auto", CliDefaults.text(List.of("snaive", "auto")));
        assertFalse(CliDefaults.VALUES.containsKey("import --format"), "import guesses its format per file");
    }

    private static boolean isStoreOption(OptionSpec o) {
        return o.longestName().startsWith("--influx") || o.longestName().equals("--data-dir");
    }
}
