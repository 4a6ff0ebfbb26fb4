package io.capacity.service.pipeline;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.cluster.ClusterSettings;
import io.capacity.schema.MetricSchema;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the pipeline plans per cluster in {@code serve}: the inventory ({@code --inventory FILE}, or the demo's
 * {@code demo-inventory.yaml} under {@code --demo}) and the book it records plans in.
 *
 * @param simulated the inventory is the demo's: its points get {@code origin=demo} and its plans say SIMULATED
 */
public record Planning(PlanBook book, Path inventory, boolean simulated) {
    public Planning {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(inventory, "inventory");
    }

    /** The pipeline's cluster settings for this inventory. */
    ClusterSettings settings(PipelineSettings pipeline) {
        ClusterSettings s = ClusterSettings.of(inventory, pipeline);
        return simulated ? s.withTags(Map.of(MetricSchema.TAG_ORIGIN, MetricSchema.ORIGIN_DEMO),
                "SIMULATED demo fleet") : s;
    }
}
