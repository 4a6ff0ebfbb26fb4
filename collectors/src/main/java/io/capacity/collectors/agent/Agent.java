package io.capacity.collectors.agent;

import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.collectors.delivery.InfluxLineProtocolSink;
import io.capacity.collectors.delivery.PointSink;
import io.capacity.collectors.metrics.AgentMetrics;
import io.capacity.collectors.metrics.MetricsEndpoint;
import io.capacity.collectors.source.InventoryTags;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector agent: every source on its own interval, all points through one disk-buffered pipeline into
 * the sink. A failing target is logged and counted and polled again next interval; it never stops the others.
 * This machine's sampler and the self-metrics run on their own thread; remote targets run on a pool that grows to
 * one thread per target, each poll under a hard deadline ({@link ScheduledSource#deadline()}), so hung targets
 * delay neither the host nor each other.
 *
 * <pre>{@code
 * Agent agent = Agent.builder(AgentConfigLoader.load(path)).build();   // sink: InfluxDB from the config
 * agent.start();
 * ...
 * agent.stop();   // delivers what it can within delivery.drain_on_stop; the rest waits on disk
 * }</pre>
 */
public final class Agent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final AgentConfig config;
    private final PointSink sink;
    private final Clock clock;
    private final RandomGenerator random;
    private final List<ScheduledSource> sources;
    private DeliveryPipeline pipeline;
    private AgentMetrics metrics;
    private MetricsEndpoint endpoint;
    private ScheduledThreadPoolExecutor scheduler;
    private ScheduledExecutorService local;
    private ThreadPoolExecutor workers;

    Agent(AgentConfig config, PointSink sink, Clock clock, RandomGenerator random, List<ScheduledSource> sources) {
        this.config = config;
        this.sink = sink;
        this.clock = clock;
        this.random = random;
        this.sources = List.copyOf(sources);
    }

    public static AgentBuilder builder(AgentConfig config) {
        return new AgentBuilder(config);
    }

    /** Opens the buffer (replaying what a previous run left), starts delivery, the scheduler and /metrics. */
    public synchronized void start() throws IOException {
        if (scheduler != null) {
            throw new IllegalStateException("agent already started");
        }
        pipeline = DeliveryPipeline.start(config.buffer(), config.delivery(), sink, clock, random);
        metrics = new AgentMetrics(pipeline, config.inventory().tags());
        if (config.metricsPort() != null) {
            endpoint = new MetricsEndpoint(metrics, config.metricsPort());
        }
        scheduler = new ScheduledThreadPoolExecutor(1, daemon("capacity-schedule"));
        scheduler.setRemoveOnCancelPolicy(true);   // a poll that returns in time takes its cut-off out of the queue
        local = Executors.newSingleThreadScheduledExecutor(daemon("capacity-host"));
        long remote = sources.stream().filter(s -> !s.local()).count();
        // At most one poll per target is in flight, so one thread per remote target is the most ever busy; the
        // bound is twice that so that a thread just finishing a poll never makes the target's next one wait. Idle
        // threads end after a minute.
        workers = new ThreadPoolExecutor(0, (int) Math.max(2, 2 * remote), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemon("capacity-collect"));
        for (ScheduledSource s : sources) {
            long period = s.interval().toMillis();
            // Spread first polls over one interval so hundreds of targets do not fire in the same millisecond.
            long firstDelay = (long) (random.nextDouble() * Math.min(period, 1000));
            var run = new CollectRun(s.source(), pipeline, metrics.target(s.source().name()), clock);
            if (s.local()) {
                local.scheduleAtFixedRate(run, firstDelay, period, TimeUnit.MILLISECONDS);
            } else {
                var poller = new RemotePoller(run, workers, scheduler, s.deadline());
                scheduler.scheduleAtFixedRate(poller, firstDelay, period, TimeUnit.MILLISECONDS);
            }
        }
        long selfPeriod = config.selfMetricsInterval().toMillis();
        local.scheduleAtFixedRate(this::writeSelfMetrics, selfPeriod, selfPeriod, TimeUnit.MILLISECONDS);
        LOG.info("agent started: {} sources, buffer {}, metrics port {}", sources.size(), config.buffer().dir(),
                endpoint == null ? "off" : endpoint.port());
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private void writeSelfMetrics() {
        try {
            pipeline.offer(metrics.points(CollectRun.epochNanos(clock)));
        } catch (RuntimeException e) {
            LOG.warn("cannot record self-metrics: {}", e.toString());
        }
    }

    /** Stops polling, then delivery (bounded by {@code drain_on_stop}); undelivered points stay on disk. */
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();   // no new polls, no pending cut-offs: stopping interrupts running polls below
        local.shutdown();
        workers.shutdown();
        try {
            // A poll in progress may finish within a few seconds; a hung one is interrupted.
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            if (!local.awaitTermination(30, TimeUnit.SECONDS)) {
                local.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            local.shutdownNow();
            Thread.currentThread().interrupt();
        }
        writeSelfMetrics();
        sources.forEach(s -> s.source().close());
        if (endpoint != null) {
            endpoint.close();
        }
        try {
            pipeline.close();
        } catch (IOException e) {
            LOG.error("closing the disk buffer failed; its data stays for the next start", e);
        }
        sink.close();
        scheduler = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** Live counters (null before start). */
    public AgentMetrics metrics() {
        return metrics;
    }

    /** Port of the /metrics endpoint, or -1 when disabled or not started. */
    public int metricsPort() {
        return endpoint == null ? -1 : endpoint.port();
    }

    static PointSink defaultSink(AgentConfig config) {
        if (config.influx() == null) {
            throw new IllegalArgumentException("no influx section in the configuration and no sink given");
        }
        return new InfluxLineProtocolSink(config.influx());
    }

    static InventoryTags hostInventory(InventoryTags defaults, String hostname) {
        return defaults.host() != null ? defaults
                : new InventoryTags(defaults.site(), defaults.cluster(), defaults.rack(), hostname, defaults.model());
    }

    List<String> sourceNames() {
        List<String> n = new ArrayList<>();
        sources.forEach(s -> n.add(s.source().name()));
        return n;
    }
}
