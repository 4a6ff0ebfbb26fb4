package io.capacity.service.report;

import io.capacity.app.report.Section;
import java.util.List;

/**
 * A section ready for the template's {@code section(view)} fragment: its charts drawn ({@link ReportCharts}, PNGs
 * as {@code data:} URIs), and whether it starts a new cluster's part of the report.
 */
public record SectionView(Section section, List<String> charts, boolean clusterStarts) {
    public SectionView {
        charts = List.copyOf(charts);
    }

    /** {@code s} with its charts drawn. */
    public static SectionView of(Section s, boolean clusterStarts) {
        return new SectionView(s, s.charts().stream().map(ReportCharts::dataUri).toList(), clusterStarts);
    }
}
