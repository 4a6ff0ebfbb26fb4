package io.capacity.bench.collect;

import io.capacity.collectors.agent.Agent;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.delivery.Backoff;
import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.delivery.InfluxEndpoint;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.source.InventoryTags;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Sustained throughput of the real agent: a {@link BenchSource} offers points faster than they can leave, the
 * agent appends them to its disk buffer (default fsync policy), batches them and writes them with
 * {@code InfluxLineProtocolSink}. The clock runs from the first poll until the sender has recorded the last
 * point as acknowledged by influxd; then InfluxQL counts what arrived. Prints key=value lines.
 */
public final class PipelineBench {
    private static final String USAGE = "PipelineBench --influx URL --db NAME --buffer DIR [--points N] [--batch N]"
            + " [--warmup N] ";
    private static final int PER_POLL = 5000;
    // Each wake-up of this watching thread costs the agent's process CPU the peer does not spend; 5 ms puts the
    // end of the clock at most that late (0.1 % of a typical run).
    private static final long POLL_MILLIS = 5;
    private static final Duration SOURCE_INTERVAL = Duration.ofMillis(1);
    // The agent cuts a remote poll off at 90 % of its interval (0 ms here) unless the source's timeout is longer:
    // building 5,000 points takes longer than that, so the load source gets a timeout no poll comes near.
    private static final Duration SOURCE_TIMEOUT = Duration.ofMinutes(1);

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, USAGE);
        BenchInflux influx = new BenchInflux(args.get("influx"));
        String db = args.get("db");
        long total = args.getLong("points", 1_000_000);
        int batch = (int) args.getLong("batch", DeliveryConfig.DEFAULT_BATCH_SIZE);
        long warmup = args.getLong("warmup", 0);
        if (warmup > 0) {
            warmUp(influx, db + "_warmup", Path.of(args.get("buffer") + "-warmup"), batch, warmup);
        }

        var cpuBefore = ThreadCpu.snapshot();
        BenchSource source = new BenchSource(total, PER_POLL);
        Agent agent = Agent.builder(config(influx, db, Path.of(args.get("buffer")), batch))
                .source(source, SOURCE_INTERVAL, SOURCE_TIMEOUT).build();
        influx.createDatabase(db);   // as the peer does before its clock: the sink would otherwise do it in the timed run
        HeapWatch heap = new HeapWatch(50);
        agent.start();
        DeliveryPipeline pipeline = agent.metrics().pipeline();
        long peakPending = 0;
        long writtenWhenCollected = -1;
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (pipeline.stats().written() < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + pipeline.stats().written() + " of " + total
                        + " points acknowledged after 15 minutes");
            }
            peakPending = Math.max(peakPending, pipeline.pendingLines());
            if (writtenWhenCollected < 0 && source.doneNanos() != 0) {
                writtenWhenCollected = pipeline.stats().written();
            }
            Thread.sleep(POLL_MILLIS);
        }
        long ackedNanos = System.nanoTime();
        String cpu = ThreadCpu.report(cpuBefore);   // before stop(): the threads are gone afterwards
        heap.close();
        agent.stop();

        double e2e = (ackedNanos - source.firstNanos()) / 1e9;
        double collect = (source.doneNanos() - source.firstNanos()) / 1e9;
        // Once the source is done the agent only delivers from its buffer: the sender's own rate.
        double drain = (total - Math.max(0, writtenWhenCollected)) / ((ackedNanos - source.doneNanos()) / 1e9);
        System.out.printf("points=%d%nbatch=%d%nseconds=%.3f%npoints_per_s=%.0f%ncollect_seconds=%.3f%ndrain_points_per_s=%.0f%n"
                        + "peak_pending=%d%nbatches=%d%nwrite_errors=%d%ndropped=%d%nrejected=%d%nstored=%d%n",
                total, batch, e2e, total / e2e, collect, drain, peakPending, pipeline.stats().batches(),
                pipeline.stats().writeErrors(), pipeline.droppedLines(), pipeline.stats().rejected(),
                influx.countPoints(db));
        System.out.print(heap.report());
        System.out.print(cpu);
    }

    /**
     * A whole agent run of {@code points} into a scratch database and buffer, untimed, so the measured run finds the
     * collect and delivery paths compiled, as they are in an agent that has been running.
     */
    private static void warmUp(BenchInflux influx, String db, Path buffer, int batch, long points) throws Exception {
        BenchSource source = new BenchSource(points, PER_POLL);
        Agent agent = Agent.builder(config(influx, db, buffer, batch)).source(source, SOURCE_INTERVAL, SOURCE_TIMEOUT)
                .build();
        influx.createDatabase(db);
        agent.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (agent.metrics().pipeline().stats().written() < points) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("warm-up: only " + agent.metrics().pipeline().stats().written()
                        + " of " + points + " points acknowledged after 5 minutes");
            }
            Thread.sleep(POLL_MILLIS);
        }
        agent.stop();
    }

    // Everything at its default except what a benchmark must pin: no host sampler (its points would mix with the
    // load) and self-metrics only at stop.
    private static AgentConfig config(BenchInflux influx, String db, Path buffer, int batch) {
        DeliveryConfig delivery = new DeliveryConfig(batch, DeliveryConfig.DEFAULT_LINGER, Backoff.defaults(),
                DeliveryConfig.DEFAULT_DRAIN);
        HostSamplerConfig noHost = new HostSamplerConfig(false, HostSamplerConfig.DEFAULT_INTERVAL, false,
                HostSamplerConfig.DEFAULT_REDISCOVER_EVERY);
        return new AgentConfig(InfluxEndpoint.of(influx.base(), db), DiskBufferConfig.of(buffer), delivery,
                InventoryTags.EMPTY, noHost, Duration.ofHours(1), null, List.of(), List.of(), List.of());
    }
}
