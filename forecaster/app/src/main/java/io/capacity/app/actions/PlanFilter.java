package io.capacity.app.actions;

/**
 * Which plans to list, newest first.
 *
 * @param state   only plans in this state; null for any
 * @param cluster only plans of this cluster; null for any
 * @param offset  plans to leave out first
 * @param limit   plans at most, 1 to {@link #MAX_LIMIT}
 */
public record PlanFilter(PlanState state, String cluster, int offset, int limit) {
    public static final int MAX_LIMIT = 1000;
    public static final PlanFilter DEFAULTS = new PlanFilter(null, null, 0, 100);

    public PlanFilter {
        if (offset < 0) {
            throw io.capacity.app.RequestProblem.of("offset", offset, "expected 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw io.capacity.app.RequestProblem.of("limit", limit, "expected 1 to " + MAX_LIMIT);
        }
    }

    public PlanFilter with(PlanState s, String c) {
        return new PlanFilter(s, c, offset, limit);
    }

    public PlanFilter page(int o, int l) {
        return new PlanFilter(state, cluster, o, l);
    }
}
