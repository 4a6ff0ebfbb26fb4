package io.capacity.service.web;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.report.Figures;
import io.capacity.app.report.OpenPlans;
import io.capacity.app.report.ReportWeek;
import io.capacity.service.api.ReportsService;
import io.capacity.service.report.ReportArchive;
import io.capacity.service.report.ReportFormat;
import io.capacity.service.report.Templates;
import io.capacity.service.tokens.AccessRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /}: the service's own page (template {@code web/fleet.html}, which includes the report's fragments),
 * plain server-rendered HTML that reads the same with JavaScript off: the clusters ranked by time remaining, the open
 * plans with their actions and approve and dismiss forms ({@link PlanForms}), each cluster's capacity and forecast
 * charts ({@link FleetSections}), and the latest weekly report kept. A read like any other: it needs a read token
 * where reads are guarded (docs/api.md, "Tokens").
 */
@Hidden
@Controller
public class FleetPage {
    private final FleetSections sections;
    private final ObjectProvider<PlanBook> books;
    private final ReportsService reports;
    private final AccessRule rule;

    public FleetPage(FleetSections sections, ObjectProvider<PlanBook> books, ReportsService reports, AccessRule rule) {
        this.sections = sections;
        this.books = books;
        this.reports = reports;
        this.rule = rule;
    }

    @GetMapping("/")
    public ResponseEntity<String> page(@RequestParam(required = false) String result,
                                       @RequestParam(required = false) String plan) {
        ZoneId zone = reports.schedule().zone();
        FleetSections.Drawn drawn = sections.now(zone);
        PlanBook book = books.getIfAvailable();
        Instant now = Instant.now();
        Map<String, Object> v = new HashMap<>();
        v.put("meta", "Shown " + Figures.time(now, zone) + " (" + zone + "): " + (drawn.run() == null
                ? "no capacity run yet" : "capacity from the scheduled pipeline's run at " + Figures.time(drawn.run(),
                zone)) + ", plans from the plan book as they are now, reports from the archive under the data "
                + "directory.");
        v.put("banner", Outcome.banner(result, plan, book, zone));
        v.put("ranking", drawn.ranking());
        v.put("clusters", drawn.clusters());
        v.put("book", book != null);
        v.put("plans", book == null ? List.of() : OpenPlans.of(book, zone));
        v.put("tokens", rule.tokens().isEmpty() ? "No token is configured, so no plan can be approved or dismissed "
                + "here: configure one of role operate with CAPACITY_TOKENS or --tokens-file."
                : "Approving or dismissing needs a token of role operate or admin; the audit trail records its name.");
        List<ReportArchive.Entry> kept = reports.index();
        ReportArchive.Entry latest = kept.isEmpty() ? null : kept.get(0);
        v.put("latest", latest);
        v.put("latestLinks", latest == null ? Map.of() : links(latest.week()));
        v.put("keptAt", latest == null ? "" : Figures.time(latest.generatedAt(), zone));
        ReportWeek running = ReportWeek.of(now, zone);
        v.put("running", running.toString());
        v.put("runningLinks", links(running));
        v.put("schedule", reports.schedule().toString());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .body(Templates.render("web/fleet", v));
    }

    private static Map<String, String> links(ReportWeek w) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ReportFormat f : ReportFormat.values()) {
            out.put(f.extension().toUpperCase(java.util.Locale.ROOT), "/api/v1/reports/" + w + "?format=" + f);
        }
        return out;
    }
}
