package io.capacity.app.query;

import java.util.List;

/**
 * A query's answers, one per series or group, in key order.
 *
 * @param query     the query as answered (defaults filled in)
 * @param forecasts the answers
 * @param untagged  with {@code aggregate}: the selected series without that tag, left out of every group
 */
public record Answers(ForecastQuery query, List<Answer> forecasts, List<String> untagged) {
    public Answers {
        forecasts = List.copyOf(forecasts);
        untagged = List.copyOf(untagged);
    }
}
