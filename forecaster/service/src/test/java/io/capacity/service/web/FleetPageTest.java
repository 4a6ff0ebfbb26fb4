package io.capacity.service.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.demo.DemoFleet;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.service.DemoOptions;
import io.capacity.service.RunningService;
import io.capacity.service.ServeSettings;
import io.capacity.service.api.SecurityHeaders;
import io.capacity.service.pipeline.PipelineConfig;
import io.capacity.store.StoreConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /} and its plan forms ({@code POST /plans/{id}/decision}) over HTTP on {@code serve --demo}, whose
 * pipeline's first run is an hour away (so the page is as in the first minute after a start: no capacity yet), with
 * three plans recorded through the REST API: the page says there is no capacity yet and shows the plans with their
 * forms; a form without a token, with an unknown or a read token, with the token only in an Authorization header, or
 * posted from another site changes nothing and the page says why; an operate token approves and an admin token
 * dismisses, recorded under the token's name; a second decision is refused with the plan's state and changes nothing;
 * a result in a link that the book does not record is not shown as done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetPageTest {
    private static final String READ = "page-read-secret-0123456789";
    private static final String OPERATE = "page-operate-secret-0123456789";
    private static final String ADMIN = "page-admin-secret-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RunningService service;
    private String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        PipelineConfig later = new PipelineConfig(Duration.ofHours(1), Duration.ofHours(1),
                PipelineSettings.DEFAULTS.withThreads(1));
        service = RunningService.start(StoreConfig.embedded(dir), null, ServeSettings.of(0, "127.0.0.1")
                .withDemo(new DemoOptions(DemoFleet.MIN_HOSTS, 3)).withInventory(dir.resolve("demo-inventory.yaml"))
                .withPipeline(later).withSpring("--capacity.tokens=read viewer " + READ + ", operate ops " + OPERATE
                        + ", admin root " + ADMIN));
        base = "http://127.0.0.1:" + service.port();
        HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/plans"))
                .header("Authorization", "Bearer " + OPERATE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"snaive\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(made.body().contains("\"id\":3,"), made.body());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void beforeTheFirstRunThePageSaysSoAndShowsThePlansWithTheirForms() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(SecurityHeaders.CSP, page.headers().firstValue("Content-Security-Policy").orElse(""));
        String html = page.body();
        assertTrue(html.contains("No capacity assessed yet: the pipeline&#39;s first run assesses every cluster"), html);
        // Plan 3 stays recommended in every test of this class (1 and 2 are decided in another).
        assertTrue(html.contains("id=\"plan-3\""), html);
        assertTrue(html.contains("action=\"/plans/3/decision\""), "the form of plan 3");
        assertTrue(html.contains("<table data-table=\"actions\">"), "each plan's actions");
        assertTrue(html.contains("<input type=\"password\" name=\"token\""), html);
        assertTrue(html.contains("No weekly report is kept yet"), html);
        assertTrue(html.contains("href=\"/api/v1/reports/"), html);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external asset or link");
    }

    @Test
    void aFormWithoutAValidOperateTokenChangesNothingAndThePageSaysWhy() throws Exception {
        String before = get("/api/v1/plans/3").body();
        assertTrue(before.matches("(?s)\\{\"id\":3,\"cluster\":\"[^\"]+\",\"state\":\"recommended\".*"), before);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("no-token", "approving or dismissing needs a token of role operate or admin");
        cases.put("bad-token", "the token given is not one this service knows");
        cases.put("forbidden", "the token given has role read");
        cases.put("header-only", "approving or dismissing needs a token of role operate or admin");
        cases.put("cross-origin", "the form was posted from another site");
        cases.put("cross-fetch", "the form was posted from another site");
        cases.put("bad-decision", "the form's decision must be approve or dismiss");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpRequest.Builder b = form("/plans/3/decision", switch (c.getKey()) {
                case "no-token", "header-only" -> Map.of("decision", "approve");
                case "bad-token" -> Map.of("decision", "approve", "token", "not-a-token-of-this-service-000");
                case "forbidden" -> Map.of("decision", "dismiss", "token", READ);
                case "bad-decision" -> Map.of("decision", "launch", "token", OPERATE);
                default -> Map.of("decision", "approve", "token", OPERATE);
            });
            switch (c.getKey()) {
                case "header-only" -> b.header("Authorization", "Bearer " + OPERATE);
                case "cross-origin" -> b.header("Origin", "http://elsewhere.example:8080");
                case "cross-fetch" -> b.header("Sec-Fetch-Site", "cross-site");
                default -> {
                }
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, r.statusCode(), c.getKey());
            String banner = after(r);
            assertTrue(banner.contains(c.getValue()), c.getKey() + ": " + banner);
            if (!c.getKey().startsWith("cross")) {
                assertTrue(banner.startsWith("Plan #3 was not changed: "), c.getKey() + ": " + banner);
            }
            assertEquals(before, get("/api/v1/plans/3").body(), c.getKey() + " changed nothing");
        }
        // From the service's own page (its Origin and Referer), the same token is taken.
        HttpResponse<String> own = HTTP.send(form("/plans/3/decision", Map.of("decision", "bogus", "token", OPERATE))
                .header("Origin", base).header("Referer", base + "/").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(after(own).contains("the form's decision must be approve or dismiss"), after(own));
    }

    @Test
    void anOperateTokenApprovesAnAdminDismissesAndASecondDecisionIsRefused() throws Exception {
        HttpResponse<String> approved = HTTP.send(form("/plans/1/decision", Map.of("decision", "approve", "token",
                OPERATE, "reason", "night shift agreed")).header("Origin", base).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, approved.statusCode());
        assertEquals("/?result=approved&plan=1#plan-1", approved.headers().firstValue("Location").orElse(""));
        assertTrue(after(approved).matches("Plan #1 approved by 'ops' at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d: it is "
                + "now pending\\."), after(approved));
        String detail = get("/api/v1/plans/1").body();
        assertTrue(detail.matches("(?s)\\{\"id\":1,\"cluster\":\"[^\"]+\",\"state\":\"pending\".*"), detail);
        assertTrue(detail.contains("\"who\":\"ops\",\"why\":\"night shift agreed\",\"from\":\"recommended\","
                + "\"to\":\"pending\""), detail);

        HttpResponse<String> dismissed = HTTP.send(form("/plans/2/decision", Map.of("decision", "dismiss",
                "token", ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(after(dismissed).startsWith("Plan #2 dismissed by 'root' at "), after(dismissed));
        assertTrue(get("/api/v1/plans/2").body().contains("\"who\":\"root\",\"why\":\"dismissed on the web page\""));

        for (String decision : List.of("approve", "dismiss")) {
            HttpResponse<String> again = HTTP.send(form("/plans/1/decision", Map.of("decision", decision, "token",
                    OPERATE)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("/?result=refused&plan=1#plan-1", again.headers().firstValue("Location").orElse(""));
            assertEquals("Plan #1 was not changed: it is pending, and only a recommended plan can be approved or "
                    + "dismissed.", after(again));
            assertEquals(detail, get("/api/v1/plans/1").body(), decision + " again changed nothing");
        }
        String page = get("/").body();
        assertFalse(page.contains("action=\"/plans/1/decision\""), "a pending plan has no form");
        assertTrue(page.contains("id=\"plan-1\""), "but is shown while it waits to run");
        assertFalse(page.contains("id=\"plan-2\""), "a dismissed plan is not open");
    }

    @Test
    void aResultTheBookDoesNotRecordIsNotShownAsDone() throws Exception {
        assertEquals("No approval of plan #3 is recorded; it is recommended.",
                banner(get("/?result=approved&plan=3")));
        assertEquals("No such plan in the book (#999); nothing was changed.",
                after(HTTP.send(form("/plans/999/decision", Map.of("decision", "approve", "token", OPERATE))
                        .build(), HttpResponse.BodyHandlers.ofString())));
        HttpResponse<String> notANumber = HTTP.send(form("/plans/abc/decision", Map.of("decision", "approve",
                "token", OPERATE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/?result=unknown-plan#plans", notANumber.headers().firstValue("Location").orElse(""));
        assertFalse(get("/?result=whatever&plan=3").body().contains("class=\"banner"), "no line for an unknown result");
    }

    /** The one-line result on the page a post's redirect leads to. */
    private String after(HttpResponse<String> redirect) throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return banner(get(location.replaceAll("#.*", "")));
    }

    private static String banner(HttpResponse<String> page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"banner [a-z]+\" role=\"status\">"
                + "([^<]*)</p>").matcher(page.body());
        assertTrue(m.find(), "a result line in the page");
        return m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
