package io.capacity.collectors.metrics;

import java.util.Map;

/** Renders {@link AgentMetrics} in the Prometheus text exposition format (version 0.0.4). */
public final class PrometheusText {
    private PrometheusText() {
    }

    public static String render(AgentMetrics m) {
        StringBuilder sb = new StringBuilder(2048);
        var p = m.pipeline();
        metric(sb, "capacity_agent_points_collected_total", "counter", "Points produced by all sources", m.collected());
        metric(sb, "capacity_agent_points_written_total", "counter", "Points the sink accepted",
                p.stats().written());
        metric(sb, "capacity_agent_points_buffered", "gauge", "Points on disk awaiting delivery", p.pendingLines());
        metric(sb, "capacity_agent_buffer_bytes", "gauge", "Bytes on disk awaiting delivery", p.pendingBytes());
        var dropped = p.dropped();
        header(sb, "capacity_agent_points_dropped_total", "counter", "Points lost before delivery, by cause");
        labelled(sb, "capacity_agent_points_dropped_total", "cause", "backlog_limit", dropped.backlogLimit());
        labelled(sb, "capacity_agent_points_dropped_total", "cause", "write_failed", dropped.writeFailed());
        labelled(sb, "capacity_agent_points_dropped_total", "cause", "torn_line", dropped.tornLines());
        metric(sb, "capacity_agent_points_rejected_total", "counter", "Points the sink refused for good",
                p.stats().rejected());
        metric(sb, "capacity_agent_write_errors_total", "counter", "Failed write attempts (retried)",
                p.stats().writeErrors());
        Map<String, TargetStats> targets = m.targets();
        header(sb, "capacity_agent_target_points_collected_total", "counter", "Points produced per source");
        targets.forEach((t, s) -> sample(sb, "capacity_agent_target_points_collected_total", t, s.collected()));
        header(sb, "capacity_agent_target_collect_errors_total", "counter", "Failed polls per source");
        targets.forEach((t, s) -> sample(sb, "capacity_agent_target_collect_errors_total", t, s.errors()));
        header(sb, "capacity_agent_target_last_collect_seconds", "gauge", "Duration of the last poll per source");
        targets.forEach((t, s) -> sample(sb, "capacity_agent_target_last_collect_seconds", t, s.lastCollectSeconds()));
        return sb.toString();
    }

    private static void metric(StringBuilder sb, String name, String type, String help, Number value) {
        header(sb, name, type, help);
        sb.append(name).append(' ').append(value).append('\n');
    }

    private static void header(StringBuilder sb, String name, String type, String help) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder sb, String name, String target, Number value) {
        labelled(sb, name, "target", target, value);
    }

    private static void labelled(StringBuilder sb, String name, String label, String value, Number sample) {
        sb.append(name).append('{').append(label).append("=\"").append(escape(value)).append("\"} ").append(sample)
                .append('\n');
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
