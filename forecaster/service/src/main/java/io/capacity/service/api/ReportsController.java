package io.capacity.service.api;

import io.capacity.app.report.ReportWeek;
import io.capacity.service.report.ReportArchive;
import io.capacity.service.report.ReportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports} and {@code GET /api/v1/reports/{week}}: the weekly capacity reports. */
@RestController
public class ReportsController {
    private final ReportsService reports;

    public ReportsController(ReportsService reports) {
        this.reports = reports;
    }

    @Operation(summary = "The weekly reports kept", description = "The reports the service keeps under its data "
            + "directory, newest week first, with the schedule that writes them and a link per format.")
    @ApiResponse(responseCode = "200", description = "the index")
    @GetMapping(value = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> index() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportArchive.Entry e : reports.index()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("week", e.week().toString());
            m.put("generated_at", e.generatedAt().toString());
            m.put("as_of", e.asOf().toString());
            m.put("clusters", e.clusters());
            m.put("clusters_at_risk", e.atRisk());
            Map<String, String> links = new LinkedHashMap<>();
            for (ReportFormat f : ReportFormat.values()) {
                links.put(f.toString(), "/api/v1/reports/" + e.week() + "?format=" + f);
            }
            m.put("formats", links);
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schedule", reports.schedule().toString());
        body.put("reports", out);
        return body;
    }

    @Operation(summary = "One week's report as HTML, PDF or CSV", description = "The kept report of the ISO week "
            + "(e.g. 2026-W47), or made now when none is kept (kept once the week has ended). The format is the "
            + "format parameter, else the Accept header (application/pdf, text/csv, else HTML).")
    @ApiResponse(responseCode = "200", description = "the report")
    @ApiResponse(responseCode = "400", description = "a bad week or format (problem+json)")
    @ApiResponse(responseCode = "422", description = "a week that has not begun (problem+json)")
    @GetMapping("/api/v1/reports/{week}")
    public ResponseEntity<byte[]> report(
            @Parameter(description = "ISO week, e.g. 2026-W47") @PathVariable String week,
            @Parameter(description = "html, pdf or csv (default: from the Accept header, else html)")
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportWeek w = ReportWeek.parse(week);
        ReportFormat f = format != null ? ReportFormat.parse(format) : fromAccept(accept);
        byte[] body = reports.report(w, f);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, f.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + w + "." + f.extension() + "\"")
                .body(body);
    }

    private static ReportFormat fromAccept(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("application/pdf")) {
            return ReportFormat.PDF;
        }
        return a.contains("text/csv") ? ReportFormat.CSV : ReportFormat.HTML;
    }

    /** The names problems use for the options: the week is a path segment, the format a query parameter. */
    static String name(String key) {
        if (key.equals("week")) {
            return "path segment week";
        }
        return "query parameter " + key;
    }
}
