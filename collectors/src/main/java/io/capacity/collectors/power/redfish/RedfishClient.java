package io.capacity.collectors.power.redfish;

import io.capacity.collectors.source.CollectorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GETs Redfish resources as JSON trees and POSTs actions, with basic auth or a session token. A 401 with a session
 * means the BMC expired or dropped it (many do after a few minutes idle or a BMC reset), so we log in again once and
 * retry. Public for the BMC power control ({@code io.capacity.collectors.power.control}).
 *
 * <p>Every request carries {@code OData-Version: 4.0} (DSP0266 asks clients to send it; some BMCs refuse requests
 * without it) and redirects are followed (HPE iLO 5 answers {@code /redfish/v1} with a 308 to
 * {@code /redfish/v1/}; a redirect from https to http is not followed). The sessions collection is the one the
 * service root names in {@code Links.Sessions} (read without credentials, as DSP0266 allows), else
 * {@link #SESSIONS_FALLBACK}.
 */
public final class RedfishClient implements AutoCloseable {
    /** The service root as DSP0266 spells it, with its trailing slash. */
    public static final String ROOT = "/redfish/v1/";
    /** Where sessions are when the service root does not name them ({@code Links.Sessions}). */
    static final String SESSIONS_FALLBACK = "/redfish/v1/SessionService/Sessions";
    private static final Logger LOG = LoggerFactory.getLogger(RedfishClient.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final RedfishTarget target;
    private final HttpClient http;
    private String token;
    private URI sessionUri;
    private boolean basicInstead;

    public RedfishClient(RedfishTarget target) throws CollectorException {
        this.target = target;
        try {
            this.http = HttpClient.newBuilder().sslContext(Tls.forTarget(target))
                    .connectTimeout(target.timeout()).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new CollectorException(target.name() + ": cannot set up TLS: " + e.getMessage(), e);
        }
    }

    public JsonNode get(String path) throws CollectorException {
        HttpResponse<String> r = authorized(() -> request(path).GET());
        if (r.statusCode() != 200) {
            throw new CollectorException(target.name() + ": GET " + path + " answered " + r.statusCode());
        }
        try {
            return JSON.readTree(r.body());
        } catch (JacksonException e) {
            throw new CollectorException(target.name() + ": GET " + path + " returned invalid JSON", e);
        }
    }

    /**
     * POSTs a JSON body to {@code path} (an action's target) and returns the status; a 2xx means the BMC accepted
     * it. Not retried, except once after a dropped session, as the BMC refused it unread.
     */
    public int post(String path, JsonNode body) throws CollectorException {
        return authorized(() -> request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).statusCode();
    }

    /** A JSON object to fill in as a request body. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private boolean usingSession() {
        return target.auth() == RedfishAuth.SESSION && !basicInstead;
    }

    private HttpResponse<String> authorized(java.util.function.Supplier<HttpRequest.Builder> b)
            throws CollectorException {
        if (usingSession() && token == null) {
            login();
        }
        HttpResponse<String> r = send(b.get());
        if (r.statusCode() == 401 && usingSession()) {
            login();
            r = send(b.get());
        }
        return r;
    }

    private HttpRequest.Builder plain(String path) {
        return HttpRequest.newBuilder(target.url().resolve(path)).timeout(target.timeout())
                .header("Accept", "application/json").header("OData-Version", "4.0");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = plain(path);
        if (usingSession()) {
            b.header("X-Auth-Token", token);
        } else if (target.username() != null) {
            String pw = target.password() == null ? "" : target.password();
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((target.username() + ":" + pw).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /** The sessions collection the service root names, else the usual path. */
    private String sessionsPath() throws CollectorException {
        HttpResponse<String> r = send(plain(ROOT).GET());
        if (r.statusCode() == 200) {
            try {
                String named = JSON.readTree(r.body()).path("Links").path("Sessions").path("@odata.id").asString("");
                if (!named.isEmpty()) {
                    return named;
                }
            } catch (JacksonException e) {
                // not JSON: try the usual path
            }
        }
        return SESSIONS_FALLBACK;
    }

    private void login() throws CollectorException {
        ObjectNode body = JSON.createObjectNode();
        body.put("UserName", target.username());
        body.put("Password", target.password());
        String sessions = sessionsPath();
        HttpRequest req = plain(sessions).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> r = send(req);
        String t = r.headers().firstValue("X-Auth-Token").orElse(null);
        if (sessionLimit(r) && target.basicFallback()) {
            LOG.warn("{}: the BMC refused a session at {} (session limit reached, {}); using basic auth instead "
                    + "(set basic_fallback: false to fail the poll instead)", target.name(), sessions, r.statusCode());
            basicInstead = true;
            return;
        }
        if (r.statusCode() / 100 != 2 || t == null) {
            throw new CollectorException(target.name() + ": session login as " + target.username() + " at "
                    + sessions + " answered " + r.statusCode() + (t == null ? " without X-Auth-Token" : "")
                    + (sessionLimit(r) ? " (session limit reached; basic_fallback: true uses basic auth then)" : ""));
        }
        token = t;
        sessionUri = r.headers().firstValue("Location").map(target.url()::resolve).orElse(null);
    }

    /** DMTF's Base registry message {@code SessionLimitExceeded}, or a 503 to a login. */
    private static boolean sessionLimit(HttpResponse<String> r) {
        return r.statusCode() == 503 || r.statusCode() / 100 == 4 && r.body().contains("SessionLimitExceeded");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws CollectorException {
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest req) throws CollectorException {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new CollectorException(target.name() + ": " + req.method() + " " + req.uri().getPath()
                    + " timed out after " + target.timeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new CollectorException(target.name() + ": " + req.method() + " " + req.uri().getPath()
                    + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectorException(target.name() + ": interrupted", e);
        }
    }

    /** Deletes our session so BMCs with a small session limit do not run out. Best effort. */
    @Override
    public void close() {
        basicInstead = false;
        if (sessionUri == null || token == null) {
            return;
        }
        try {
            send(HttpRequest.newBuilder(sessionUri).timeout(target.timeout()).header("OData-Version", "4.0")
                    .header("X-Auth-Token", token).DELETE());
        } catch (CollectorException e) {
            // The session times out on the BMC anyway.
        }
        token = null;
        sessionUri = null;
    }
}
