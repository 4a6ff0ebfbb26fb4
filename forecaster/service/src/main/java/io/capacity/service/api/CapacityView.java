package io.capacity.service.api;

import io.capacity.app.capacity.CapacityBoard;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import io.capacity.app.capacity.RecommendedSize;
import io.capacity.planner.model.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/capacity}'s body: the settings the clusters were assessed with, the clusters ranked by
 * conservative time remaining, each with its dimensions, and the clusters that could not be assessed. Numbers are
 * rounded to three decimals; a number that is not finite is null (JSON has no NaN), as is a time remaining beyond the
 * horizon. {@code source} says who assessed each cluster ({@code pipeline}: the scheduled run; {@code on_demand}),
 * and at the top the one source of them all ({@code mixed} when they differ; null without a cluster).
 */
final class CapacityView {
    private CapacityView() {
    }

    static Map<String, Object> of(CapacityBoard.Overview o, CapacityRequest r, Set<Dimension> only) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("computed_at", o.ranked().stream().map(ClusterCapacity::computedAt).min(Instant::compareTo)
                .map(Instant::toString).orElse(null));
        Set<String> sources = new java.util.TreeSet<>(o.ranked().stream().map(c -> name(c.source())).toList());
        m.put("source", sources.size() == 1 ? sources.iterator().next() : sources.isEmpty() ? null : "mixed");
        m.put("horizon", r.horizon().toString());
        m.put("history", r.history().toString());
        m.put("step", r.step().toString());
        m.put("model", r.model());
        m.put("level", r.level());
        m.put("target_util", r.targetUtil());
        m.put("redundancy", r.redundancy());
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("critical_days", days(r.thresholds().critical()));
        thresholds.put("warning_days", days(r.thresholds().warning()));
        m.put("thresholds", thresholds);
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (ClusterCapacity c : o.ranked()) {
            clusters.add(cluster(c, clusters.size() + 1, only));
        }
        m.put("clusters", clusters);
        List<Map<String, Object>> failed = new ArrayList<>();
        o.failed().forEach((c, why) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("cluster", c);
            f.put("detail", why);
            failed.add(f);
        });
        m.put("failed", failed);
        return m;
    }

    private static Map<String, Object> cluster(ClusterCapacity c, int rank, Set<Dimension> only) {
        DimensionCapacity worst = c.mostConstrained();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("cluster", c.cluster());
        m.put("criticality", name(c.criticality()));
        m.put("most_constrained", name(worst.dimension()));
        m.put("time_remaining_days", c.timeRemaining().map(CapacityView::days).orElse(null));
        m.put("computed_at", c.computedAt().toString());
        m.put("source", name(c.source()));
        m.put("dimensions", c.dimensions().stream().filter(d -> only.isEmpty() || only.contains(d.dimension()))
                .map(CapacityView::dimension).toList());
        return m;
    }

    private static Map<String, Object> dimension(DimensionCapacity d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dimension", name(d.dimension()));
        m.put("unit", d.dimension().unit());
        m.put("criticality", name(d.criticality()));
        m.put("usage", num(d.usage()));
        m.put("observed_at", d.observedAt().toString());
        m.put("capacity", num(d.capacity()));
        m.put("usable", num(d.usable()));
        m.put("headroom", num(d.headroom()));
        m.put("headroom_ratio", num(d.headroomFraction()));
        Map<String, Object> left = new LinkedHashMap<>();
        left.put("conservative", remaining(d, d.timeRemaining()));
        left.put("aggressive", remaining(d, d.aggressiveRemaining()));
        m.put("time_remaining", left);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("method", d.method());
        f.put("grade", d.quality() == null ? null : name(d.quality().grade()));
        f.put("grade_reason", d.quality() == null ? null : d.quality().reason());
        f.put("peak_upper", num(d.peakUpper()));
        f.put("until", d.forecastUntil().toString());
        m.put("forecast", f);
        m.put("recommended", recommended(d.recommended()));
        return m;
    }

    /** When the view runs out and in how many days; both null when not within the horizon. */
    private static Map<String, Object> remaining(DimensionCapacity d, Optional<Duration> left) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", left.map(l -> d.observedAt().plus(l).toString()).orElse(null));
        m.put("days", left.map(CapacityView::days).orElse(null));
        return m;
    }

    private static Map<String, Object> recommended(RecommendedSize s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("capacity", num(s.capacity()));
        m.put("model", s.model());
        m.put("hosts", s.hosts());
        m.put("hosts_now", s.hostsNow());
        m.put("hosts_to_add", s.change());
        return m;
    }

    static Double days(Duration d) {
        return Math.round(d.toSeconds() / 86_400.0 * 100) / 100.0;
    }

    static Double num(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
