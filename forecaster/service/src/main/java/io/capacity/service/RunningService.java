package io.capacity.service;

import io.capacity.collectors.agent.Agent;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.StorePointSink;
import io.capacity.store.open.Stores;
import java.io.IOException;
import java.nio.file.Files;
import io.capacity.service.metrics.ForecastBatchMeters;
import io.capacity.service.pipeline.PipelineConfig;
import io.capacity.service.pipeline.PipelineScheduler;
import io.capacity.service.pipeline.PipelineStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The whole service as one object: the store, the collector agent writing into it, and the Spring context on top.
 * Start order is store, agent, web; stop order the reverse, so the agent drains into an open store and whatever it
 * cannot deliver stays in its disk buffer for the next start.
 */
public final class RunningService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final MetricStore store;
    private final Agent agent;
    private final ConfigurableApplicationContext context;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final PipelineScheduler pipeline;

    private RunningService(MetricStore store, Agent agent, ConfigurableApplicationContext context,
                           PipelineScheduler pipeline) {
        this.pipeline = pipeline;
        this.store = store;
        this.agent = agent;
        this.context = context;
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                stopBehindWeb();
            }
        });
    }

    /**
     * Opens the store (a bad or unreachable one fails here, before anything else starts), starts the web layer,
     * then the agent when {@code agentConfig} is given.
     */
    public static RunningService start(StoreConfig storeConfig, AgentConfig agentConfig, int port, String bind) {
        return start(storeConfig, agentConfig, null, port, bind);
    }

    /** {@link #start}, with the scheduled pipeline when {@code pipelineConfig} is given (last, after the agent). */
    public static RunningService start(StoreConfig storeConfig, AgentConfig agentConfig, PipelineConfig pipelineConfig,
                                       int port, String bind) {
        MetricStore store = Stores.open(storeConfig);
        Agent agent = null;
        ConfigurableApplicationContext ctx = null;
        PipelineStatus status = new PipelineStatus(pipelineConfig == null ? null : pipelineConfig.every());
        try {
            // Disk space health watches the data directory (store file, agent buffer), not the working directory.
            ctx = CapacityApplication.start(store, status, "--capacity.port=" + port, "--capacity.bind=" + bind,
                    "--management.health.diskspace.path=" + existing(storeConfig.dataDir()));
            // The agent starts once Spring has set up logging: while it does, it drops every log line, such as the
            // first failure of a target.
            if (agentConfig != null) {
                agent = Agent.builder(agentConfig).sink(new StorePointSink(store)).build();
                agent.start();
                CapacityApplication.showAgent(ctx, agent.metrics());
            }
            PipelineScheduler pipeline = pipelineConfig == null ? null : pipelineConfig.start(store,
                    storeConfig.dataDir(), Clock.systemUTC(), ctx.getBean(ForecastBatchMeters.class), status);
            return new RunningService(store, agent, ctx, pipeline);
        } catch (RuntimeException | IOException e) {
            // Spring has already printed its failure analysis (e.g. port in use); the store must not stay locked.
            if (agent != null) {
                agent.stop();
            }
            if (ctx != null) {
                ctx.close();
            }
            store.close();
            throw new IllegalStateException("the service did not start: " + rootMessage(e), e);
        }
    }

    public MetricStore store() {
        return store;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /** The scheduled pipeline, when on. */
    public Optional<PipelineScheduler> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    public boolean collecting() {
        return agent != null;
    }

    /** Blocks until the service stops (Ctrl-C or SIGTERM close the Spring context through its shutdown hook). */
    public void awaitStop() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        context.close();
        stopBehindWeb();
    }

    private synchronized void stopBehindWeb() {
        if (closed.getCount() == 0) {
            return;
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (agent != null) {
            agent.stop();
        }
        store.close();
        closed.countDown();
    }

    /** The directory itself or, before anything created it (InfluxDB without the agent), its nearest parent. */
    static Path existing(Path dir) {
        Path p = dir.toAbsolutePath().normalize();
        while (p.getParent() != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        if (!p.equals(dir.toAbsolutePath().normalize())) {
            LOG.info("health: disk space is watched at {}, as data directory {} does not exist yet (choose it with "
                    + "--data-dir)", p, dir);
        }
        return p;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
