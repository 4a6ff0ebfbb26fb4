package io.capacity.service.report;

import io.capacity.app.report.Report;
import java.nio.charset.StandardCharsets;

/** A report in a format: what the command line writes and the service keeps and serves. */
public final class ReportRenderer {
    private ReportRenderer() {
    }

    public static byte[] render(Report r, ReportFormat f) {
        return switch (f) {
            case HTML -> ReportHtml.render(r).getBytes(StandardCharsets.UTF_8);
            case PDF -> ReportPdf.render(ReportHtml.render(r));
            case CSV -> ReportCsv.render(r).getBytes(StandardCharsets.UTF_8);
        };
    }
}
