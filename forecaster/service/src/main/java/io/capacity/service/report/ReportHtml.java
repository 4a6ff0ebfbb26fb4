package io.capacity.service.report;

import io.capacity.app.report.Figures;
import io.capacity.app.report.Report;
import io.capacity.app.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report as one self-contained XHTML page (Thymeleaf, template {@code report/report.html}): inline styles,
 * charts as {@code data:} PNGs, no script and no external asset, so it reads the same offline, in a mail and as the
 * PDF's source. The service's web pages include its fragments ({@link Templates}).
 */
final class ReportHtml {
    private ReportHtml() {
    }

    static String render(Report r) {
        String meta = "Generated " + Figures.time(r.generatedAt(), r.zone()) + " (" + r.zone() + "), "
                + "figures as of " + Figures.time(r.asOf(), r.zone()) + "; week " + Figures.time(r.from(), r.zone())
                + " to " + Figures.time(r.to(), r.zone()) + "; money in " + r.currency() + ".";
        List<SectionView> views = new ArrayList<>();
        String cluster = null;
        for (Section s : r.sections()) {
            boolean starts = s.cluster() != null && !Objects.equals(s.cluster(), cluster);
            cluster = s.cluster();
            views.add(SectionView.of(s, starts));
        }
        return Templates.render("report/report", Map.of("report", r, "meta", meta, "sections", views));
    }
}
