package io.capacity.service.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.service.RunningService;
import io.capacity.service.demo.PlannedDemo;
import io.capacity.testkit.DevToolsPage;
import io.capacity.testkit.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
 * {@code /} of {@code serve --demo} as a person sees it, once the pipeline's first run has assessed and planned the
 * three clusters and the scheduled report has been kept: loaded in headless Chromium (kept off the network) with no
 * console message, every chart image loaded with a natural width (read over the DevTools protocol), the clusters
 * ranked and the plans shown; the same DOM with JavaScript off; a screenshot left in {@code target/web-render/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetPageBrowserTest {
    private static final Path RENDER = Path.of("target", "web-render");

    @TempDir
    static Path dir;
    private RunningService service;

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(RENDER);
        service = PlannedDemo.start(dir, "--capacity.reports.enabled=true", "--capacity.reports.first-delay=PT0S");
        String reports = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!reports.contains("\"week\"") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            reports = get("/api/v1/reports").body();
        }
        assertTrue(reports.contains("\"week\""), reports);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theFleetPageLoadsInChromiumWithItsChartsAndReadsTheSameWithJavaScriptOff() throws Exception {
        String url = "http://127.0.0.1:" + service.port() + "/";
        String served = get("/").body();
        Files.writeString(RENDER.resolve("fleet.html"), served);
        assertFalse(served.contains("No capacity assessed yet"), "the run's capacity is shown");
        int charts = count(served, "<img class=\"chart\" src=\"data:image/png;base64,");
        assertTrue(charts >= 3, "a chart per cluster dimension with demand: " + charts);
        assertEquals(3, count(table(served, "ranking"), "<tr class=\""), "three clusters ranked");

        HeadlessChromium chromium = new HeadlessChromium(dir.resolve("chromium"));
        HeadlessChromium.Load load = chromium.load(url);
        assertEquals(List.of(), load.console(), "no console message");
        assertEquals(3, count(table(load.dom(), "ranking"), "<tr class=\""), "the page itself, three clusters ranked");
        try (DevToolsPage page = chromium.open(url)) {
            String images = page.evaluate("Array.from(document.images).map(i => i.complete + ':' + i.naturalWidth)"
                    + ".join(',')");
            List<String> each = Arrays.asList(images.split(","));
            assertEquals(charts, each.size(), images);
            for (String i : each) {
                assertTrue(i.startsWith("true:") && Integer.parseInt(i.substring(5)) > 0, "a loaded chart: " + images);
            }
            assertEquals("3", page.evaluate("String(document.querySelectorAll('[data-table=ranking] tbody tr')"
                    + ".length)"));
            assertEquals("0", page.evaluate("String(document.scripts.length)"), "no script at all");
        }
        Path shot = chromium.screenshot(url, RENDER.resolve("fleet.png"), 1280, 2400);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1280, img.getWidth());

        String dom;
        try (DevToolsPage off = chromium.openWithoutJavaScript(url)) {
            assertEquals("0", String.valueOf(off.console().size()), "no console message with JavaScript off: "
                    + off.console());
            dom = off.dom();
        }
        assertEquals(3, count(table(dom, "ranking"), "<tr class=\""), "the ranked list with JavaScript off");
        assertTrue(dom.contains("id=\"plan-") && dom.contains("<form class=\"decide\" method=\"post\""),
                "the plans and their forms with JavaScript off");
        assertEquals(charts, count(dom, "<img class=\"chart\""));
        Matcher pdf = Pattern.compile("href=\"(/api/v1/reports/\\d{4}-W\\d\\d\\?format=pdf)\"").matcher(dom);
        assertTrue(dom.contains("Latest kept:") && pdf.find(), "the latest kept report's links");
        HttpResponse<String> kept = get(pdf.group(1));
        assertEquals(200, kept.statusCode());
        assertEquals("application/pdf", kept.headers().firstValue("Content-Type").orElse(""));
    }

    /** The table named {@code name} in {@code html}. */
    private static String table(String html, String name) {
        int from = html.indexOf("data-table=\"" + name + "\"");
        assertTrue(from >= 0, "table " + name);
        return html.substring(from, html.indexOf("</table>", from));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + service.port() + path)).timeout(Duration.ofSeconds(180)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
