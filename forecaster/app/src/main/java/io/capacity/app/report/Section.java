package io.capacity.app.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of the report, fleet-wide ({@code cluster} null) or for one cluster.
 *
 * @param id         a stable anchor, e.g. {@code ranking} or {@code demo-flat-capacity}
 * @param heading    its heading
 * @param cluster    the cluster it is about; null for the fleet
 * @param paragraphs text before the tables
 * @param tables     its tables
 * @param charts     its charts
 * @param noData     why it has nothing to show (said instead of an empty table or chart); null when it has data
 */
public record Section(String id, String heading, String cluster, List<String> paragraphs, List<ReportTable> tables,
                      List<Chart> charts, String noData) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A section with nothing to show, saying why. */
    public static Section empty(String id, String heading, String cluster, String why) {
        return new Section(id, heading, cluster, List.of(), List.of(), List.of(), why);
    }

    public boolean hasData() {
        return noData == null;
    }
}
