package io.capacity.service.metrics;

import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.collectors.metrics.AgentMetrics;
import io.capacity.collectors.metrics.TargetStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;

/**
 * The built-in collector agent's counters as Micrometer meters, so {@code /actuator/prometheus} shows them under
 * the same names as the agent's own {@code /metrics} endpoint: {@code capacity_agent_points_written_total},
 * {@code capacity_agent_points_buffered}, {@code capacity_agent_points_dropped_total},
 * {@code capacity_agent_write_errors_total} and the rest. The meters read the live counters when scraped.
 */
public final class AgentMeters implements MeterBinder {
    private final AgentMetrics agent;

    public AgentMeters(AgentMetrics agent) {
        this.agent = agent;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        DeliveryPipeline p = agent.pipeline();
        counter(registry, "capacity.agent.points.collected", "Points produced by all sources",
                a -> a.collected());
        counter(registry, "capacity.agent.points.written", "Points the store accepted",
                a -> p.stats().written());
        gauge(registry, "capacity.agent.points.buffered", null, "Points on disk awaiting delivery",
                a -> p.pendingLines());
        gauge(registry, "capacity.agent.buffer", "bytes", "Bytes on disk awaiting delivery",
                a -> p.pendingBytes());
        counter(registry, "capacity.agent.points.dropped", "Points dropped because they could not be buffered",
                a -> p.droppedLines());
        counter(registry, "capacity.agent.points.rejected", "Points the store refused for good",
                a -> p.stats().rejected());
        counter(registry, "capacity.agent.write.errors", "Failed delivery attempts (each retried)",
                a -> p.stats().writeErrors());
        counter(registry, "capacity.agent.collect.errors", "Failed polls of all sources",
                a -> a.collectErrors());
        agent.targets().forEach((name, stats) -> target(registry, name, stats));
    }

    private static void target(MeterRegistry registry, String name, TargetStats stats) {
        FunctionCounter.builder("capacity.agent.target.points.collected", stats, TargetStats::collected)
                .description("Points produced per source").tag("target", name).register(registry);
        FunctionCounter.builder("capacity.agent.target.collect.errors", stats, TargetStats::errors)
                .description("Failed polls per source").tag("target", name).register(registry);
        Gauge.builder("capacity.agent.target.last.collect", stats, TargetStats::lastCollectSeconds)
                .description("Duration of the last poll per source").baseUnit("seconds").tag("target", name)
                .register(registry);
    }

    private void counter(MeterRegistry registry, String name, String help, ToDoubleFunction<AgentMetrics> f) {
        FunctionCounter.builder(name, agent, f).description(help).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String unit, String help,
                       ToDoubleFunction<AgentMetrics> f) {
        Gauge.builder(name, agent, f).description(help).baseUnit(unit).register(registry);
    }
}
