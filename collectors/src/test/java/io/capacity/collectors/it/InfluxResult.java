package io.capacity.collectors.it;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the first row of an InfluxQL JSON answer. */
public final class InfluxResult {
    private InfluxResult() {
    }

    /** Column {@code col} of the first row of the first series, or NaN when the query returned no series. */
    public static double first(String json, int col) {
        JsonNode series = JsonMapper.builder().build().readTree(json).path("results").path(0).path("series");
        if (series.isMissingNode() || series.isEmpty()) {
            return Double.NaN;
        }
        return series.path(0).path("values").path(0).path(col).asDouble();
    }
}
