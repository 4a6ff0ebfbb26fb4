package io.capacity.service.cli;

import io.capacity.service.CapacityApplication;
import io.capacity.collectors.agent.Agent;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.StorePointSink;
import io.capacity.store.Stores;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
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
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:CAPACITY_BIND:-127.0.0.1}",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
    String bind;

    @Option(names = "--collect-config", paramLabel = "FILE",
            description = "collectors.yaml for the built-in agent (default: sample this host every 10 s).")
    Path collectConfig;

    @Option(names = "--collect", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the collector agent inside the service, writing into its store (default: on).")
    boolean collect;

    @Override
    public Integer call() throws Exception {
        StoreConfig config = store.config();
        // Validate the collector config before opening anything, so a typo costs no start-up.
        AgentConfig agentConfig = collect ? CollectOptions.load(collectConfig, config.dataDir()) : null;
        MetricStore opened = Stores.open(config);
        Agent agent = null;
        ConfigurableApplicationContext ctx;
        try {
            if (agentConfig != null) {
                agent = Agent.builder(agentConfig).sink(new StorePointSink(opened)).build();
                agent.start();
            }
            ctx = CapacityApplication.start(opened, "--capacity.port=" + port, "--capacity.bind=" + bind);
        } catch (RuntimeException | java.io.IOException e) {
            // Spring has already printed its failure analysis (e.g. port in use); the store must not stay locked.
            if (agent != null) {
                agent.stop();
            }
            opened.close();
            throw new IllegalStateException("the service did not start: " + rootMessage(e), e);
        }
        CountDownLatch closed = new CountDownLatch(1);
        Agent running = agent;
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                if (running != null) {
                    running.stop(); // drains what it can into the store; the rest stays in the disk buffer
                }
                opened.close();
                closed.countDown();
            }
        });
        String actualPort = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        PrintWriter out = spec.commandLine().getOut();
        out.println("capacity serve: listening on http://" + bind + ":" + actualPort + " (store: "
                + opened.health().kind() + " " + opened.health().location() + ")"
                + (running != null ? "; " + CollectOptions.describe(agentConfig) : ""));
        out.flush();
        closed.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
