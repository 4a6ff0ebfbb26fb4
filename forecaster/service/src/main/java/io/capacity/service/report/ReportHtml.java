package io.capacity.service.report;

import io.capacity.app.report.Figures;
import io.capacity.app.report.Report;
import io.capacity.app.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report as one self-contained XHTML page (Thymeleaf, template {@code report/report.html}): inline styles,
 * charts as {@code data:} PNGs, no script and no external asset, so it reads the same offline, in a mail and as the
 * PDF's source.
 */
final class ReportHtml {
    private static final TemplateEngine ENGINE = engine();

    /** A section with its charts drawn, and whether it starts a new cluster's part. */
    public record SectionView(Section section, List<String> charts, boolean clusterStarts) {
    }

    private ReportHtml() {
    }

    static String render(Report r) {
        Context ctx = new Context();
        ctx.setVariable("report", r);
        ctx.setVariable("meta", "Generated " + Figures.time(r.generatedAt(), r.zone()) + " (" + r.zone() + "), "
                + "figures as of " + Figures.time(r.asOf(), r.zone()) + "; week " + Figures.time(r.from(), r.zone())
                + " to " + Figures.time(r.to(), r.zone()) + "; money in " + r.currency() + ".");
        List<SectionView> views = new ArrayList<>();
        String cluster = null;
        for (Section s : r.sections()) {
            boolean starts = s.cluster() != null && !Objects.equals(s.cluster(), cluster);
            cluster = s.cluster();
            views.add(new SectionView(s, s.charts().stream().map(ReportCharts::dataUri).toList(), starts));
        }
        ctx.setVariable("sections", views);
        return ENGINE.process("report", ctx);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportHtml.class.getClassLoader());
        resolver.setPrefix("report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(resolver);
        return e;
    }
}
