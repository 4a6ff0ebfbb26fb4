package io.capacity.app.pipeline.cluster;

import io.capacity.app.RequestProblem;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.PlanRequest;
import io.capacity.core.select.AutoSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the pipeline plans per cluster and how.
 *
 * @param inventory the inventory YAML (fleet and costs)
 * @param plan      the plan's horizon, step, rules and advice ({@link PlanRequest#DEFAULTS}: a week of hours);
 *                  its demand source must be the store's
 * @param pipeline  the pipeline's settings: model options, levels, threads and how often a choice is redone
 * @param tags      tags added to every point written (the demo's {@code origin=demo}); may be empty
 * @param label     said of the fleet in each plan's audit entry (e.g. {@code SIMULATED demo fleet}); null for none
 */
public record ClusterSettings(Path inventory, PlanRequest plan, PipelineSettings pipeline, Map<String, String> tags,
                              String label) {
    public ClusterSettings {
        if (inventory == null) {
            throw RequestProblem.of("inventory", "must be given");
        }
        if (plan == null || pipeline == null) {
            throw new IllegalArgumentException("cluster settings need the plan's and the pipeline's settings");
        }
        if (!(plan.demand() instanceof DemandSource.Stored)) {
            throw RequestProblem.of("demand", "the pipeline plans from the store's demand");
        }
        if (plan.whatIf().any()) {
            throw RequestProblem.of("what_if", "the pipeline records plans, not what-if answers");
        }
        tags = Map.copyOf(tags);
    }

    /** The default plan ({@link PlanRequest#DEFAULTS} on the store's demand) of {@code inventory}. */
    public static ClusterSettings of(Path inventory, PipelineSettings pipeline) {
        return new ClusterSettings(inventory, PlanRequest.DEFAULTS.withInputs(inventory, DemandSource.Stored.DEFAULTS),
                pipeline, Map.of(), null);
    }

    public ClusterSettings withTags(Map<String, String> t, String l) {
        return new ClusterSettings(inventory, plan, pipeline, t, l);
    }

    /** The automatic choice for demand: the pipeline's options, a day's season on the plan's step, its horizon. */
    public AutoSpec auto() {
        return (AutoSpec) pipeline.model().withSeasons(plan.season(), 0).spec("auto", plan.steps());
    }

    /** The pipeline's levels and the plan's quantile, which the planner reads. */
    double[] levels() {
        TreeSet<Double> l = new TreeSet<>(pipeline.levels());
        l.add(plan.rules().quantile());
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The demand's history window. */
    java.time.Duration history() {
        return ((DemandSource.Stored) plan.demand()).history();
    }

    List<String> tagList() {
        return tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    }
}
