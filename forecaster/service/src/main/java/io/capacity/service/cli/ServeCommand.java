package io.capacity.service.cli;

import io.capacity.collectors.agent.AgentConfig;
import io.capacity.service.RunningService;
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

    @Option(names = "--pipeline-every", paramLabel = "DURATION", defaultValue = "1h",
            description = "Run the forecasting pipeline this often, e.g. 1h, 15m (default: ${DEFAULT-VALUE}).")
    String pipelineEvery;

    @Option(names = "--pipeline-choose-every", paramLabel = "DURATION", defaultValue = "1d",
            description = "Choose each series' model by backtest this often; runs in between refit the cached "
                    + "choice (default: ${DEFAULT-VALUE}).")
    String chooseEvery;

    @Option(names = "--pipeline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the scheduled forecasting pipeline, writing capacity_forecast points into the store "
                    + "(default: on).")
    boolean pipeline;

    @Override
    public Integer call() throws Exception {
        // Check the flags and the collector config before opening anything, so a typo costs no start-up.
        ListenAddress listen = ListenAddress.of(bind, port);
        Duration every = Durations.parse("--pipeline-every", pipelineEvery);
        Duration choose = Durations.parse("--pipeline-choose-every", chooseEvery);
        StoreConfig config = store.config();
        AgentConfig agentConfig = collect ? CollectOptions.load("--collect-config", collectConfig, config.dataDir())
                : null;
        listen.checkFree();
        // Should the port be taken between the check and Spring's start, the error stays one line (ours).
        System.setProperty("logging.level.org.springframework.boot.diagnostics", "OFF");
        System.setProperty("logging.level.org.springframework.context", "ERROR");
        System.setProperty("logging.level.org.springframework.boot.web.server", "OFF");
        RunningService service;
        try {
            PipelineConfig forecasting = pipeline ? new PipelineConfig(every, PipelineConfig.DEFAULT_FIRST_DELAY,
                    PipelineSettings.DEFAULTS.withChooseEvery(choose)) : null;
            service = RunningService.start(config, agentConfig, forecasting, listen.port(), listen.bind());
        } catch (RuntimeException e) {
            throw ListenAddress.isBindFailure(e) ? listen.inUse() : e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("capacity serve: listening on http://" + bind + ":" + service.port() + " (store: "
                + service.store().health().kind() + " " + service.store().health().location() + ")"
                + (agentConfig != null ? "; " + CollectOptions.describe(agentConfig) : "")
                + (pipeline ? "; forecasting every " + DurationText.of(every) : ""));
        out.flush();
        service.awaitStop();
        return 0;
    }
}
