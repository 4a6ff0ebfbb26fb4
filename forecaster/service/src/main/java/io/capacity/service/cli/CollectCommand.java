package io.capacity.service.cli;

import io.capacity.collectors.agent.Agent;
import io.capacity.collectors.agent.AgentBuilder;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.StorePointSink;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./capacity collect}: the standalone collector agent. With an {@code influx:} section in its config it
 * writes there; otherwise into the store chosen by the store options (embedded by default).
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Run the collector agent until stopped (Ctrl-C or SIGTERM): this host's utilisation, server "
                + "power over Redfish and IPMI, switch-port bandwidth over SNMP (docs/collectors.md).",
                "Undelivered points wait in a disk buffer across InfluxDB outages and agent restarts."})
public final class CollectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--config", paramLabel = "FILE",
            description = "collectors.yaml (default: sample this host every 10 s into the store).")
    Path config;

    @Override
    public Integer call() throws Exception {
        StoreConfig storeConfig = store.config();
        AgentConfig agentConfig = CollectOptions.load("--config", config, storeConfig.dataDir());
        MetricStore target = agentConfig.influx() == null ? store.open() : null;
        AgentBuilder builder = Agent.builder(agentConfig);
        if (target != null) {
            builder.sink(new StorePointSink(target));
        }
        Agent agent = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.stop();
            if (target != null) {
                target.close();
            }
            stopped.countDown();
        }, "capacity-collect-shutdown"));
        agent.start();
        spec.commandLine().getOut().println("capacity collect: running (" + (target != null
                ? "store: " + target.kind() + " " + target.health().location()
                : "InfluxDB from " + config) + "); Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
