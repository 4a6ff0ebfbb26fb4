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

    /** What the agent collects, for the start-up line. */
    static String describe(AgentConfig c) {
        int targets = c.redfish().size() + c.ipmi().size() + c.snmp().size();
        return "collecting " + (c.host().enabled() ? "this host every " + c.host().interval().toSeconds() + " s" : "")
                + (c.host().enabled() && targets > 0 ? " and " : "") + (targets > 0 ? targets + " targets" : "");
    }
}
