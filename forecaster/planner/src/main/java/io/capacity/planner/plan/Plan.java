package io.capacity.planner.plan;

import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The result of {@link io.capacity.planner.Planner#plan}: one {@link ClusterPlan} per forecast cluster. */
public record Plan(Instant generatedAt, String currency, List<ClusterPlan> clusters) implements JsonWritable {
    public Plan {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(currency, "currency");
        clusters = List.copyOf(clusters);
    }

    public ClusterPlan cluster(String id) {
        return clusters.stream().filter(c -> c.cluster().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan for cluster " + id));
    }

    @Override
    public Object jsonTree() {
        return Json.obj("generated_at", generatedAt, "currency", currency, "clusters", clusters);
    }
}
