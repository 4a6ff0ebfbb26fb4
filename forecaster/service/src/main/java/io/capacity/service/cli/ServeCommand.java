package io.capacity.service.cli;

import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.apply.ApplySchedule;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.report.ReportRequest;
import io.capacity.app.report.ReportSchedule;
import io.capacity.app.demo.DemoFleet;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.store.StoreConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import io.capacity.app.DurationText;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.service.pipeline.PipelineConfig;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity serve}: the REST service on the configured store until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service (REST API, health, metrics) on the embedded store or InfluxDB, with the "
                + "collector agent writing this host's metrics into it.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "${env:CAPACITY_PORT:-8080}",
            description = "HTTP port, 1 to 65535 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:CAPACITY_BIND:-127.0.0.1}",
            description = "Address of this machine to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all "
                    + "interfaces).")
    String bind;

    @Option(names = "--collect-config", paramLabel = "FILE",
            description = "collectors.yaml for the built-in agent (default: sample this host every 10 s).")
    Path collectConfig;

    @Option(names = "--collect", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the collector agent inside the service, writing into its store (default: on).")
    boolean collect;

    @Option(names = "--tokens-file", paramLabel = "FILE", defaultValue = "${env:CAPACITY_TOKENS_FILE}",
            description = "Bearer tokens, one 'role name secret' a line (role: read, operate or admin); the file must "
                    + "be private (chmod 600). Added to those in CAPACITY_TOKENS (docs/api.md, Tokens).")
    Path tokensFile;

    @Option(names = "--reads-need-token", negatable = true, fallbackValue = "true",
            defaultValue = "${env:CAPACITY_READS_NEED_TOKEN:-false}",
            description = "Reads need a token of any role although the service listens on loopback only (beyond "
                    + "loopback they always do; default: ${DEFAULT-VALUE}).")
    boolean readsNeedToken;

    @Option(names = "--demo", description = "Add a SIMULATED fleet (labelled origin=demo on every point): four weeks "
            + "of history written at start, live points every 10 s, and its inventory as demo-inventory.yaml in the "
            + "data directory. Embedded store only.")
    boolean demo;

    @Option(names = "--demo-hosts", paramLabel = "N",
            description = "Hosts of the simulated fleet, " + DemoFleet.MIN_HOSTS + " or more (default: "
                    + "${DEFAULT-VALUE}).")
    int demoHosts;

    @Option(names = "--demo-seed", paramLabel = "S",
            description = "Seed of the simulated fleet: the same seed gives the same points (default: "
                    + "${DEFAULT-VALUE}).")
    long demoSeed;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Inventory YAML that each pipeline run and POST /api/v1/plans plan every cluster from, "
                    + "with the stored demand (default: the demo's under --demo, else none: no plans).")
    Path inventory;

    @Option(names = "--plan-expiry", paramLabel = "DURATION",
            description = "How long a recommended action plan waits for a decision before it expires (default: "
                    + "${DEFAULT-VALUE}).")
    String planExpiry;

    @Mixin
    ApplyOptions apply;

    @Option(names = "--apply-every", paramLabel = "DURATION", description = "With --apply-actions: how often the "
            + "service carries out approved plans' actions that are due, and power-ons that bring back hosts a plan "
            + "powered off (default: ${DEFAULT-VALUE}).")
    String applyEvery;

    @Option(names = "--pipeline-every", paramLabel = "DURATION",
            description = "Run the forecasting pipeline this often, e.g. 1h, 15m (default: ${DEFAULT-VALUE}).")
    String pipelineEvery;

    @Option(names = "--pipeline-choose-every", paramLabel = "DURATION",
            description = "Choose each series' model by backtest this often; runs in between refit the cached "
                    + "choice (default: ${DEFAULT-VALUE}).")
    String chooseEvery;

    @Option(names = "--pipeline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the scheduled forecasting pipeline, writing capacity_forecast points into the store "
                    + "(default: on).")
    boolean pipeline;

    @Option(names = "--capacity-critical-days", paramLabel = "DAYS",
            description = "GET /api/v1/capacity: a dimension with at most DAYS of conservative time remaining is "
                    + "critical (default: ${DEFAULT-VALUE}).")
    long capacityCriticalDays;

    @Option(names = "--capacity-warning-days", paramLabel = "DAYS",
            description = "GET /api/v1/capacity: a dimension with at most DAYS of conservative time remaining (and "
                    + "more than --capacity-critical-days) is a warning (default: ${DEFAULT-VALUE}).")
    long capacityWarningDays;

    @Option(names = "--reports", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write the weekly capacity report on its schedule into --data-dir's reports/ (default: on).")
    boolean reports;

    @Option(names = "--report-at", paramLabel = "DAY HH:MM",
            description = "When the weekly report of the week just ended is written (default: ${DEFAULT-VALUE}).")
    String reportAt;

    @Option(names = "--report-zone", paramLabel = "ZONE",
            description = "Time zone of --report-at and of the report's weeks (default: ${DEFAULT-VALUE}).")
    String reportZone;

    @Option(names = "--capacity-horizon", paramLabel = "DURATION",
            description = "How far ahead each pipeline run and GET /api/v1/capacity look for the time remaining, 1h "
                    + "to 90d (default: ${DEFAULT-VALUE}).")
    String capacityHorizon;

    @Override
    public Integer call() throws Exception {
        // Check the flags and the collector config before opening anything, so a typo costs no start-up.
        ListenAddress listen = ListenAddress.of(bind, port);
        ServeTokens.check(listen, tokensFile, readsNeedToken);
        Duration every = Durations.parse("--pipeline-every", pipelineEvery);
        Duration choose = Durations.parse("--pipeline-choose-every", chooseEvery);
        StoreConfig config = store.config();
        DemoOptions demoOptions = demoOptions(config);
        AgentConfig agentConfig = collect ? CollectOptions.load("--collect-config", collectConfig, config.dataDir())
                : null;
        if (demoOptions != null && agentConfig != null && collectConfig == null) {
            agentConfig = CollectOptions.withoutHost(agentConfig);
        }
        BookSettings book = new BookSettings(Durations.parse("--plan-expiry", planExpiry));
        ApplySchedule applySchedule = new ApplySchedule(Durations.parse("--apply-every", applyEvery));
        CapacityThresholds thresholds = CapacityThresholds.ofDays(capacityCriticalDays, capacityWarningDays);
        Duration horizon = Durations.parse("--capacity-horizon", capacityHorizon);
        if (horizon.compareTo(Duration.ofHours(1)) < 0 || horizon.compareTo(Duration.ofDays(90)) > 0) {
            throw new UsageError("--capacity-horizon " + capacityHorizon + ": expected 1h to 90d");
        }
        ReportSchedule.parse(reportAt, ReportRequest.zone(reportZone));
        listen.checkFree();
        // Should the port be taken between the check and Spring's start, the error stays one line (ours).
        System.setProperty("logging.level.org.springframework.boot.diagnostics", "OFF");
        System.setProperty("logging.level.org.springframework.context", "ERROR");
        System.setProperty("logging.level.org.springframework.boot.web.server", "OFF");
        RunningService service;
        try {
            PipelineConfig forecasting = pipeline ? new PipelineConfig(every, demoOptions != null
                    ? PipelineConfig.DEMO_FIRST_DELAY : PipelineConfig.DEFAULT_FIRST_DELAY,
                    PipelineSettings.DEFAULTS.withChooseEvery(choose),
                    new PipelineConfig.Capacity(horizon, thresholds)) : null;
            service = RunningService.start(config, agentConfig, ServeSettings.of(listen.port(), listen.bind())
                    .withSpring(ServeTokens.settings(tokensFile, readsNeedToken))
                    .withSpring(apply.settings(collectConfig, config.dataDir())).withDemo(demoOptions)
                    .withSpring(capacitySettings(horizon)).withSpring(reportSettings())
                    .withSpring("--capacity.apply.every=" + applySchedule.every())
                    .withInventory(inventory).withBook(book).withPipeline(forecasting));
        } catch (RuntimeException e) {
            throw ListenAddress.isBindFailure(e) ? listen.inUse() : e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("capacity serve: listening on http://" + bind + ":" + service.port() + " (store: "
                + service.store().health().kind() + " " + service.store().health().location() + ")"
                + (service.demo() != null ? "; SIMULATED demo fleet: " + service.demo().describe() : "")
                + (agentConfig != null ? "; " + CollectOptions.describe(agentConfig) : "")
                + (agentConfig != null && service.demo() != null ? "; live demo points every "
                + HostSamplerConfig.DEFAULT_INTERVAL.toSeconds() + " s" : "")
                + (pipeline ? "; forecasting every " + DurationText.of(every) : "")
                + (apply.execute ? "; applying due plan actions (checked every "
                + DurationText.of(applySchedule.every()) + ")" : ""));
        out.flush();
        service.awaitStop();
        return 0;
    }

    /**
     * GET /api/v1/capacity's thresholds and horizon (the pipeline's, so it answers from the latest run), and its
     * background assessment at start (docs/api.md, "Capacity").
     */
    private String[] capacitySettings(Duration horizon) {
        return new String[] {"--capacity.capacity-critical-days=" + capacityCriticalDays,
                "--capacity.capacity-warning-days=" + capacityWarningDays, "--capacity.capacity-horizon=" + horizon,
                "--capacity.capacity-warm=true"};
    }

    /** The weekly report's schedule (README, "Weekly report"). */
    private String[] reportSettings() {
        return new String[] {"--capacity.reports.enabled=" + reports, "--capacity.reports.at=" + reportAt,
                "--capacity.reports.zone=" + reportZone};
    }

    /**
     * The demo's settings, or null without {@code --demo}. Simulated points go only into the embedded store: never
     * into an InfluxDB that may hold a real fleet's metrics.
     */
    private DemoOptions demoOptions(StoreConfig config) {
        if (!demo) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--demo-hosts")
                    || spec.commandLine().getParseResult().hasMatchedOption("--demo-seed")) {
                throw new UsageError("--demo-hosts and --demo-seed set up the simulated fleet: add --demo");
            }
            return null;
        }
        if (config.usesInflux()) {
            throw new UsageError("--demo writes simulated points and runs on the embedded store only, so they never "
                    + "land in a real InfluxDB: drop --influx-url (and unset CAPACITY_INFLUX_URL)");
        }
        if (demoHosts < DemoFleet.MIN_HOSTS || demoHosts > DemoFleet.MAX_HOSTS) {
            throw new UsageError("--demo-hosts " + demoHosts + ": expected " + DemoFleet.MIN_HOSTS + " to "
                    + DemoFleet.MAX_HOSTS + " (two hosts per cluster at least, for N+1)");
        }
        return new DemoOptions(demoHosts, demoSeed);
    }
}
