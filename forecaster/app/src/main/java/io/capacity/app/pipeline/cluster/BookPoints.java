package io.capacity.app.pipeline.cluster;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanState;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan book's plans by state as {@code capacity_plan_states} points, one per state (zero included, so a
 * dashboard shows a state emptying), at the run's time: what {@code capacity_plans{state=...}} shows on
 * {@code /actuator/prometheus}, kept as history in the store.
 */
final class BookPoints {
    private BookPoints() {
    }

    static List<Point> of(PlanBook book, Map<String, String> tags, Instant at) {
        List<Point> out = new ArrayList<>(PlanState.values().length);
        for (PlanState s : PlanState.values()) {
            TreeMap<String, String> t = new TreeMap<>(tags);
            t.put(MetricSchema.STATES_TAG_STATE, s.text());
            long n = book.list(PlanFilter.DEFAULTS.with(s, null).page(0, 1)).total();
            out.add(new Point(MetricSchema.PLAN_STATES.name(), Point.tagMap(t),
                    new TreeMap<>(Map.of(MetricSchema.STATES_FIELD_PLANS, n)), PlanPoints.nanos(at)));
        }
        return out;
    }
}
