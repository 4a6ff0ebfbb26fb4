package io.capacity.collectors.metrics;

import io.capacity.collectors.delivery.DeliveryPipeline;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** All self-metrics of one agent: per-target stats plus the delivery pipeline's counters. */
public final class AgentMetrics {
    private final ConcurrentMap<String, TargetStats> targets = new ConcurrentHashMap<>();
    private final DeliveryPipeline pipeline;
    private final Map<String, String> inventoryTags;

    public AgentMetrics(DeliveryPipeline pipeline, Map<String, String> inventoryTags) {
        this.pipeline = pipeline;
        this.inventoryTags = Map.copyOf(inventoryTags);
    }

    public TargetStats target(String name) {
        return targets.computeIfAbsent(name, n -> new TargetStats());
    }

    public Map<String, TargetStats> targets() {
        return new TreeMap<>(targets);
    }

    public long collected() {
        return targets.values().stream().mapToLong(TargetStats::collected).sum();
    }

    public long collectErrors() {
        return targets.values().stream().mapToLong(TargetStats::errors).sum();
    }

    public DeliveryPipeline pipeline() {
        return pipeline;
    }

    /** A snapshot as {@code capacity_agent} points: one with {@code target=agent} totals, one per target. */
    public List<Point> points(long timeNanos) {
        List<Point> out = new ArrayList<>(targets.size() + 1);
        TreeMap<String, Number> total = new TreeMap<>();
        total.put("points_collected", collected());
        total.put("points_written", pipeline.stats().written());
        total.put("points_buffered", pipeline.pendingLines());
        total.put("buffer_bytes", pipeline.pendingBytes());
        total.put("points_dropped", pipeline.droppedLines());
        total.put("points_rejected", pipeline.stats().rejected());
        total.put("write_errors", pipeline.stats().writeErrors());
        total.put("collect_errors", collectErrors());
        out.add(new Point(MetricSchema.AGENT.name(), tags(MetricSchema.AGENT_TARGET_TOTAL), total, timeNanos));
        targets().forEach((name, s) -> {
            TreeMap<String, Number> f = new TreeMap<>();
            f.put("points_collected", s.collected());
            f.put("collect_errors", s.errors());
            f.put("last_collect_seconds", s.lastCollectSeconds());
            out.add(new Point(MetricSchema.AGENT.name(), tags(name), f, timeNanos));
        });
        return out;
    }

    private TreeMap<String, String> tags(String target) {
        TreeMap<String, String> t = new TreeMap<>(inventoryTags);
        t.put(MetricSchema.AGENT_TAG_TARGET, target);
        return t;
    }
}
