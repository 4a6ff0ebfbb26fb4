/**
 * Measurement mains run by {@code scripts/bench-collect.sh}, which regenerates the {@code collect} section of
 * {@code docs/benchmarks.md}. They are not tests: timings depend on the machine, so they are reported, not asserted.
 *
 * <ul>
 *   <li>{@link io.capacity.bench.collect.PipelineBench}: points through the real agent (disk buffer, batching,
 *       {@code InfluxLineProtocolSink}) into a real influxd, collected to acknowledged, with heap and GC figures.</li>
 *   <li>{@link io.capacity.bench.collect.RawPostBench}: the peer, the same batches as bytes POSTed over one
 *       keep-alive connection.</li>
 *   <li>{@link io.capacity.bench.collect.HostSamplerBench}: CPU and wall time per host sample.</li>
 * </ul>
 *
 * Both throughput mains build their points with {@link io.capacity.bench.collect.BenchPoints}, so the agent and
 * the peer send identical line-protocol bytes. Every address they talk to must be a loopback one.
 */
package io.capacity.bench.collect;
