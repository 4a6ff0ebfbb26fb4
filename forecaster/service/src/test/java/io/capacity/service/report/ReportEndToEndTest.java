package io.capacity.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capacity.app.report.Figures;
import io.capacity.app.report.ReportSchedule;
import io.capacity.app.report.ReportWeek;
import io.capacity.service.RunningService;
import io.capacity.service.demo.PlannedDemo;
import io.capacity.testkit.HeadlessChromium;
import io.capacity.testkit.Poppler;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly report as a person gets it from {@code serve} on the demo fleet, after the pipeline's first run has
 * recorded a plan per cluster and stored their demand forecasts: the running week's PDF turned into pages
 * ({@code pdftoppm}, every page non-blank) and text ({@code pdftotext}, every section's heading and the capacity
 * and plan figures {@code GET /api/v1/capacity} and {@code GET /api/v1/plans} answer), its HTML loaded in headless
 * Chromium (no console message, every chart a drawn PNG, a screenshot), the same for a week before the history
 * (every section saying it has no data), the CSV's tables, the scheduled report kept under the data directory
 * with its index, and problem+json for bad requests. The renders are left in {@code target/report-render/} for
 * {@code scripts/report-screenshot.sh}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADINGS = List.of("Summary", "Clusters ranked by time remaining",
            "Reclaimable capacity", "Forecast accountability", "Week over week", "Capacity and demand",
            "Recommendations", "Purchase plan", "TCO breakdown");
    /** The week before the demo's history: nothing stored. */
    private static final ReportWeek EMPTY = ReportWeek.parse("2025-W01");
    private static final Path RENDER = Path.of("target", "report-render");
    /**
     * Longer than this class takes (its waits are bounded: 240 s for the plans and for the scheduled report, 180 s
     * per request). The running week it reports must not end while it runs: the demo writes its history once, up to
     * the service's start (no agent here), and the pipeline records its plans then, so a week begun after the start
     * has neither data nor plans, and the week begun before has ended, its report then made as of its end rather
     * than from the service's live capacity.
     */
    private static final Duration CLASS_TIME = Duration.ofMinutes(20);

    @TempDir
    static Path dir;
    private RunningService service;
    private ReportWeek week;

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(RENDER);
        Instant weekEnds = ReportWeek.of(Instant.now(), ZoneOffset.UTC).end(ZoneOffset.UTC);
        Duration left = Duration.between(Instant.now(), weekEnds);
        if (left.compareTo(CLASS_TIME) < 0) {
            // Start in the next week instead: its first 15-minute step is then in the demo's history.
            Thread.sleep(left.plusSeconds(1).toMillis());
        }
        service = PlannedDemo.start(dir, "--capacity.reports.enabled=true", "--capacity.reports.first-delay=PT0S");
        week = ReportWeek.of(Instant.now(), ZoneOffset.UTC);
        assertEquals(week, ReportWeek.of(service.demo().backfill().to(), ZoneOffset.UTC), "started in the week");
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    /**
     * The report shows {@code json}, a figure the API rounded to three decimals ({@code CapacityView.num}), with
     * one decimal ({@link Figures#number}): rounding the API's rounded figure again can differ in the last digit
     * (19341.1496 is 19341.15 in the JSON and 19341.1 in the report), so either end of the JSON value's rounding
     * interval counts.
     */
    private static boolean showsOneDecimal(String text, double json) {
        return text.contains(Figures.number(json - 0.0005 + 1e-9))
                || text.contains(Figures.number(json + 0.0005 - 1e-9));
    }

    @Test
    void theRunningWeeksPdfHoldsEverySectionAndTheApisFigures() throws Exception {
        HttpResponse<byte[]> pdf = getBytes("/api/v1/reports/" + week + "?format=pdf", null);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Path file = Files.write(RENDER.resolve("week.pdf"), pdf.body());
        Path pages = Files.createDirectories(dir.resolve("pages"));
        List<Path> png = Poppler.pages(file, pages, 60);
        assertTrue(png.size() >= 4, "fleet pages and one part per cluster: " + png.size() + " pages");
        for (Path p : png) {
            assertTrue(inked(ImageIO.read(p.toFile())) > 0.005, p + " is blank");
        }
        Files.copy(png.get(0), RENDER.resolve("week-page-1.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = Poppler.text(file, dir).replaceAll("\\s+", " ");
        for (String h : HEADINGS) {
            assertTrue(text.contains(h), "heading " + h);
        }
        assertTrue(text.contains("Weekly capacity report " + week), text.substring(0, 200));

        JsonNode capacity = JSON.readTree(get("/api/v1/capacity", null).body());
        int clusters = 0;
        for (JsonNode c : capacity.path("clusters")) {
            clusters++;
            assertTrue(text.contains("Cluster " + c.path("cluster").asText()), c.path("cluster").asText());
            for (JsonNode d : c.path("dimensions")) {
                String what = c.path("cluster").asText() + " " + d.path("dimension").asText();
                assertTrue(showsOneDecimal(text, d.path("capacity").asDouble()), what + " capacity");
                assertTrue(showsOneDecimal(text, d.path("usable").asDouble()), what + " usable");
                assertTrue(showsOneDecimal(text, d.path("headroom").asDouble()), what + " headroom " + d);
            }
        }
        assertEquals(3, clusters);
        JsonNode plans = JSON.readTree(get("/api/v1/plans", null).body()).path("plans");
        assertTrue(plans.size() >= 3, plans.toString());
        for (JsonNode p : plans) {
            assertTrue(text.contains("#" + p.path("id").asText()), "plan " + p.path("id"));
            assertTrue(text.contains(Figures.money(p.path("efficacy").path("money_saved_per_week").asDouble(),
                    p.path("currency").asText())), "plan " + p.path("id") + " money per week");
        }
    }

    @Test
    void theRunningWeeksHtmlLoadsCleanlyInChromiumWithItsCharts() throws Exception {
        HttpResponse<String> html = get("/api/v1/reports/" + week, "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Path file = Files.writeString(RENDER.resolve("week.html"), html.body());
        HeadlessChromium chromium = new HeadlessChromium(dir.resolve("chromium"));
        HeadlessChromium.Load load = chromium.load(file.toUri().toString());
        assertEquals(List.of(), load.console(), "no console message");
        List<String> charts = charts(load.dom());
        assertEquals(9, charts.size(), "cpu, memory and bandwidth of three clusters");
        for (String uri : charts) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri)));
            assertEquals(ReportCharts.WIDTH, img.getWidth());
            assertTrue(inked(img) > 0.02, "a drawn chart");
        }
        for (String h : HEADINGS) {
            assertTrue(load.dom().contains(">" + h + "<"), h);
        }
        Path shot = chromium.screenshot(file.toUri().toString(), RENDER.resolve("week-screenshot.png"), 1200, 1600);
        assertTrue(inked(ImageIO.read(shot.toFile())) > 0.01, "the screenshot shows the page");
    }

    @Test
    void aWeekWithoutDataSaysSoInEveryFormat() throws Exception {
        HttpResponse<byte[]> pdf = getBytes("/api/v1/reports/" + EMPTY, "application/pdf");
        assertEquals(200, pdf.statusCode());
        Path file = Files.write(RENDER.resolve("empty.pdf"), pdf.body());
        for (Path p : Poppler.pages(file, Files.createDirectories(dir.resolve("empty-pages")), 60)) {
            assertTrue(inked(ImageIO.read(p.toFile())) > 0.005, p + " is blank");
        }
        String text = Poppler.text(file, dir).replaceAll("\\s+", " ");
        for (String h : HEADINGS) {
            assertTrue(text.contains(h), "heading " + h);
        }
        assertTrue(text.contains("No stored demand for demo-flat's hosts in " + EMPTY), text);
        assertTrue(text.contains("No forecast of a cluster's demand was scored in " + EMPTY), text);
        assertTrue(text.contains("No plan was recorded for demo-growing in " + EMPTY), text);

        Path html = Files.writeString(RENDER.resolve("empty.html"), get("/api/v1/reports/" + EMPTY
                + "?format=html", null).body());
        HeadlessChromium chromium = new HeadlessChromium(dir.resolve("chromium-empty"));
        HeadlessChromium.Load load = chromium.load(html.toUri().toString());
        assertEquals(List.of(), load.console());
        assertEquals(List.of(), charts(load.dom()), "no empty chart");
        assertTrue(load.dom().contains("class=\"nodata\""));
        chromium.screenshot(html.toUri().toString(), RENDER.resolve("empty-screenshot.png"), 1200, 1600);

        // A week that has ended is kept once made, and the index says so.
        assertTrue(Files.isRegularFile(dir.resolve("reports").resolve(EMPTY + ".pdf")));
        assertTrue(get("/api/v1/reports", null).body().contains("\"week\":\"" + EMPTY + "\""));
    }

    @Test
    void theCsvHoldsEveryTable() throws Exception {
        String csv = get("/api/v1/reports/" + week + "?format=csv", null).body();
        for (String t : List.of("kpis", "ranking", "idle_hosts", "flat_out_hosts", "powered_off_hosts",
                "week_over_week", "dimensions", "plans", "actions", "tco")) {
            assertTrue(csv.contains("# table " + t + "\n"), t);
        }
        assertTrue(csv.contains("\r\nclusters at risk,"), "the KPI rows");
    }

    @Test
    void theScheduleKeepsTheLastWeekWithAnIndex() throws Exception {
        ReportWeek last = ReportSchedule.DEFAULTS.weekAt(ReportSchedule.DEFAULTS.previous(Instant.now()));
        String index = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (!index.contains("\"week\":\"" + last + "\"") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            index = get("/api/v1/reports", null).body();
        }
        assertTrue(index.contains("\"week\":\"" + last + "\""), index);
        assertTrue(index.contains("\"schedule\":\"MON 06:00 UTC\""), index);
        for (String ext : List.of("html", "pdf", "csv")) {
            assertTrue(Files.size(dir.resolve("reports").resolve(last + "." + ext)) > 0, ext);
        }
        assertTrue(Files.readString(dir.resolve("reports").resolve("index.tsv")).contains(last + "\t"));
        HttpResponse<byte[]> kept = getBytes("/api/v1/reports/" + last + "?format=pdf", null);
        assertTrue(new String(kept.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void badRequestsAreProblems() throws Exception {
        for (String[] c : new String[][] {{"/api/v1/reports/2026-47", "400", "path segment week"},
                {"/api/v1/reports/" + week + "?format=docx", "400", "query parameter format"},
                {"/api/v1/reports/2099-W01", "422", "has not begun"}}) {
            HttpResponse<String> r = get(c[0], null);
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains(c[2]), r.body());
        }
    }

    /** The base64 of every chart image in {@code dom}. */
    private static List<String> charts(String dom) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<img class=\"chart\" src=\"data:image/png;base64,([^\"]+)\"").matcher(dom);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The share of pixels that are not near white. */
    private static double inked(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 235) {
                    ink++;
                }
            }
        }
        return ink / (double) ((long) img.getWidth() * img.getHeight());
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(180));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(180));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
