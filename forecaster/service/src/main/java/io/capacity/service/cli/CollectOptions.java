package io.capacity.service.cli;

import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.agent.AgentConfigLoader;
import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The collector configuration of a command: a {@code collectors.yaml} when given, else the built-in default that
 * samples this host every 10 s with its disk buffer under the data directory (also the file's default buffer.dir).
 */
final class CollectOptions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CollectOptions.class);

    private CollectOptions() {
    }

    /** The agent's configuration; {@code flag} names the option that gave {@code configFile} in errors. */
    static AgentConfig load(String flag, Path configFile, Path dataDir) throws IOException {
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new IllegalArgumentException(flag + " " + configFile + ": " + (Files.isDirectory(configFile)
                        ? "is a directory; expected a collectors.yaml file" : "no such file"));
            }
            return AgentConfigLoader.load(configFile, dataDir.resolve("buffer"));
        }
        return new AgentConfig(null, DiskBufferConfig.of(dataDir.resolve("buffer")), DeliveryConfig.defaults(), null,
                HostSamplerConfig.defaults(), AgentConfig.DEFAULT_SELF_METRICS_INTERVAL, null, null, null, null);
    }

    /** The default configuration without this host's sampler: {@code serve --demo} shows the simulated fleet alone. */
    static AgentConfig withoutHost(AgentConfig c) {
        HostSamplerConfig h = c.host();
        LOG.info("demo: this host is not sampled, so the store holds the simulated fleet alone; give --collect-config "
                + "to collect this host or other targets as well");
        return new AgentConfig(c.influx(), c.buffer(), c.delivery(), c.inventory(), new HostSamplerConfig(false,
                h.interval(), h.perCpu(), h.rediscoverEvery()), c.selfMetricsInterval(), c.metricsPort(), c.redfish(),
                c.ipmi(), c.snmp());
    }

    /** What the agent collects, for the start-up line. */
    static String describe(AgentConfig c) {
        int targets = c.redfish().size() + c.ipmi().size() + c.snmp().size();
        if (!c.host().enabled() && targets == 0) {
            return "collecting no real target";
        }
        return "collecting " + (c.host().enabled() ? "this host every " + c.host().interval().toSeconds() + " s" : "")
                + (c.host().enabled() && targets > 0 ? " and " : "") + (targets > 0 ? targets + " targets" : "");
    }
}
