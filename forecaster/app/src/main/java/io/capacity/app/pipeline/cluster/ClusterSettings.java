package io.capacity.app.pipeline.cluster;

import io.capacity.app.RequestProblem;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.PlanRequest;
import io.capacity.core.select.AutoSpec;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param capacity  how each cluster's capacity is assessed from the same demand forecasts (its cluster null): the
 *                  horizon ({@link CapacityRequest#DEFAULTS}: 14 days) and thresholds; its history, step, level,
 *                  target and spares are the plan's ({@link #capacity(PlanRequest, Duration, CapacityThresholds)})
 */
public record ClusterSettings(Path inventory, PlanRequest plan, PipelineSettings pipeline, Map<String, String> tags,
                              String label, CapacityRequest capacity) {
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
        if (capacity == null) {
            capacity = capacity(plan, CapacityRequest.DEFAULTS.horizon(), CapacityRequest.DEFAULTS.thresholds());
        }
        if (!capacity.equals(capacity(plan, capacity.horizon(), capacity.thresholds()))) {
            throw new IllegalArgumentException("the capacity is assessed from the plan's demand: only its horizon and "
                    + "thresholds are its own");
        }
    }

    /** The default capacity assessment. */
    public ClusterSettings(Path inventory, PlanRequest plan, PipelineSettings pipeline, Map<String, String> tags,
                           String label) {
        this(inventory, plan, pipeline, tags, label, null);
    }

    /** The capacity assessment of {@code plan}'s demand over {@code horizon}, rated by {@code thresholds}. */
    static CapacityRequest capacity(PlanRequest plan, Duration horizon, CapacityThresholds thresholds) {
        DemandSource.Stored demand = (DemandSource.Stored) plan.demand();
        return new CapacityRequest(plan.inventory(), null, demand.history(), plan.step(), horizon,
                CapacityRequest.DEFAULTS.model(), plan.rules().quantile(), plan.rules().targetUtil(),
                plan.rules().redundancy(), demand.bandwidthExclude(), thresholds);
    }

    /** Capacity assessed over {@code horizon} and rated by {@code thresholds}. */
    public ClusterSettings withCapacity(Duration horizon, CapacityThresholds thresholds) {
        return new ClusterSettings(inventory, plan, pipeline, tags, label, capacity(plan, horizon, thresholds));
    }

    /** The default plan ({@link PlanRequest#DEFAULTS} on the store's demand) of {@code inventory}. */
    public static ClusterSettings of(Path inventory, PipelineSettings pipeline) {
        return new ClusterSettings(inventory, PlanRequest.DEFAULTS.withInputs(inventory, DemandSource.Stored.DEFAULTS),
                pipeline, Map.of(), null);
    }

    public ClusterSettings withTags(Map<String, String> t, String l) {
        return new ClusterSettings(inventory, plan, pipeline, t, l, capacity);
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

    /** The capacity's level: its band is compared with the usable capacity. */
    double[] capacityLevels() {
        return new double[] {capacity.level()};
    }

    /** The demand's history window. */
    Duration history() {
        return ((DemandSource.Stored) plan.demand()).history();
    }

    List<String> tagList() {
        return tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    }
}
