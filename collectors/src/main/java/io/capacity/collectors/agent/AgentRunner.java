package io.capacity.collectors.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code capacity collect --config FILE} runs: load and validate the file, start the agent, and block
 * until the JVM is asked to stop (SIGTERM, Ctrl-C), then stop cleanly so undelivered points stay buffered.
 */
public final class AgentRunner {
    private AgentRunner() {
    }

    /**
     * Runs until shutdown. Throws {@link ConfigException} (listing every problem) before starting anything when
     * the file is invalid.
     */
    public static void runUntilShutdown(Path configFile) throws IOException, InterruptedException {
        AgentConfig config = AgentConfigLoader.load(configFile);
        Agent agent = Agent.builder(config).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.stop();
            stopped.countDown();
        }, "capacity-agent-shutdown"));
        agent.start();
        stopped.await();
    }
}
