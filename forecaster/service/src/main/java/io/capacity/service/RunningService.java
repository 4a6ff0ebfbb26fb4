package io.capacity.service;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import io.capacity.app.demo.DemoStart;
import io.capacity.collectors.agent.Agent;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.service.metrics.ForecastBatchMeters;
import io.capacity.service.pipeline.PipelineConfig;
import io.capacity.service.pipeline.PipelineScheduler;
import io.capacity.service.pipeline.Planning;
import io.capacity.service.pipeline.PipelineStatus;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.StorePointSink;
import io.capacity.store.open.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The whole service as one object: the store, the plan book, the collector agent writing into the store, and the
 * Spring context on top. Start order is store, plan book, (demo history), web (the pipeline starts once Spring's
 * logging is set up; its series wait for the web layer's meters), agent; stop order web, pipeline, agent, plan
 * book, store, so
 * the agent drains into an open store and whatever it cannot deliver stays in its disk buffer for the next start.
 */
public final class RunningService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final MetricStore store;
    private final PlanBook plans;
    private final Agent agent;
    private final DemoStart demo;
    private final PipelineScheduler pipeline;
    private final ConfigurableApplicationContext context;
    private final CountDownLatch closed = new CountDownLatch(1);

    private RunningService(MetricStore store, PlanBook plans, Agent agent, DemoStart demo, PipelineScheduler pipeline,
                           ConfigurableApplicationContext context) {
        this.store = store;
        this.plans = plans;
        this.agent = agent;
        this.demo = demo;
        this.pipeline = pipeline;
        this.context = context;
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                stopBehindWeb();
            }
        });
    }

    /** {@link #start(StoreConfig, AgentConfig, ServeSettings)} with nothing but where to listen. */
    public static RunningService start(StoreConfig storeConfig, AgentConfig agentConfig, int port, String bind) {
        return start(storeConfig, agentConfig, ServeSettings.of(port, bind));
    }

    /**
     * Opens the store (a bad or unreachable one fails here, before anything else starts) and the plan book's state
     * file ({@code state.duckdb} under the data directory, whichever store holds the metrics), writes the simulated
     * fleet's missing history when {@code --demo} asked for one, starts the web layer, then the agent when
     * {@code agentConfig} is given (with the demo fleet's live points every {@link HostSamplerConfig#DEFAULT_INTERVAL}).
     */
    public static RunningService start(StoreConfig storeConfig, AgentConfig agentConfig, ServeSettings settings) {
        MetricStore store = Stores.open(storeConfig);
        PlanBook plans = null;
        Agent agent = null;
        ConfigurableApplicationContext ctx = null;
        AtomicReference<PipelineScheduler> scheduler = new AtomicReference<>();
        CompletableFuture<ForecastBatchMeters> meters = new CompletableFuture<>();
        try {
            plans = new PlanBook(DuckPlanStore.open(storeConfig.dataDir()), Clock.systemUTC(), settings.book());
            DemoOptions demo = settings.demo();
            DemoStart demoStart = demo == null ? null
                    : DemoStart.run(store, storeConfig.dataDir(), demo.hosts(), demo.seed(), Clock.systemUTC());
            // Disk space health watches the data directory (store file, agent buffer), not the working directory.
            List<String> args = new ArrayList<>(List.of("--capacity.port=" + settings.port(),
                    "--capacity.bind=" + settings.bind(),
                    "--management.health.diskspace.path=" + existing(storeConfig.dataDir()),
                    "--capacity.data-dir=" + storeConfig.dataDir().toAbsolutePath(),
                    "--capacity.inventory=" + (inventory(settings, demoStart) == null ? ""
                            : inventory(settings, demoStart).toAbsolutePath())));
            args.addAll(settings.spring());
            PipelineConfig pipelineConfig = settings.pipeline();
            PipelineStatus status = new PipelineStatus(pipelineConfig == null ? null : pipelineConfig.every());
            // The pipeline starts once Spring has set up logging, so its first plans are made while the rest of
            // Spring starts; the series wait for Spring's meters.
            Path inventory = inventory(settings, demoStart);
            PlanBook book = plans;
            Runnable startPipeline = () -> scheduler.set(pipelineConfig == null ? null : pipelineConfig.start(store,
                    storeConfig.dataDir(), Clock.systemUTC(), meters, status,
                    inventory == null ? null : new Planning(book, inventory, settings.inventory() == null)));
            ctx = CapacityApplication.start(store, new ServiceBeans(demoStart, plans, status), startPipeline,
                    args.toArray(String[]::new));
            meters.complete(ctx.getBean(ForecastBatchMeters.class));
            // The agent starts once Spring has set up logging: while it does, it drops every log line, such as the
            // first failure of a target.
            if (agentConfig != null) {
                var builder = Agent.builder(agentConfig).sink(new StorePointSink(store));
                if (demoStart != null) {
                    builder.source(demoStart.source(), HostSamplerConfig.DEFAULT_INTERVAL);
                }
                agent = builder.build();
                agent.start();
                CapacityApplication.showAgent(ctx, agent.metrics());
            }
            return new RunningService(store, plans, agent, demoStart, scheduler.get(), ctx);
        } catch (RuntimeException | IOException e) {
            // Spring has already printed its failure analysis (e.g. port in use); the store must not stay locked.
            meters.completeExceptionally(e);
            if (scheduler.get() != null) {
                scheduler.get().close();
            }
            if (agent != null) {
                agent.stop();
            }
            if (ctx != null) {
                ctx.close();
            }
            if (plans != null) {
                plans.close();
            }
            store.close();
            throw new IllegalStateException("the service did not start: " + rootMessage(e), e);
        }
    }

    /** The inventory plans are made from: {@code --inventory}'s, else the demo's, else none. */
    private static Path inventory(ServeSettings settings, DemoStart demo) {
        return settings.inventory() != null ? settings.inventory() : demo == null ? null : demo.inventory();
    }

    public MetricStore store() {
        return store;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /** The simulated fleet, or null when the service runs without {@code --demo}. */
    public DemoStart demo() {
        return demo;
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
        plans.close();
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
