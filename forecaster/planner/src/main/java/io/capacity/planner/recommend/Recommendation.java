package io.capacity.planner.recommend;

import io.capacity.planner.cost.CostLine;
import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One action for the operator.
 *
 * @param kind      what to do
 * @param summary   the action in one line, e.g. {@code order 3 x r640 by 2025-03-01}
 * @param step      forecast step it applies from (-1 for the whole horizon)
 * @param at        time of that step, null without timestamps or for the whole horizon
 * @param hosts     hosts concerned (empty for purchases)
 * @param rationale why
 * @param costs     traceable cost lines behind the cost delta
 */
public record Recommendation(Kind kind, String summary, int step, Instant at, List<String> hosts,
                             Rationale rationale, List<CostLine> costs) implements JsonWritable {
    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
        hosts = List.copyOf(hosts);
        costs = List.copyOf(costs);
    }

    @Override
    public Object jsonTree() {
        return Json.obj("kind", kind, "summary", summary, "step", step, "at", at, "hosts", hosts, "rationale",
                rationale, "costs", costs);
    }
}
