package io.capacity.collectors.power.redfish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Redfish BMC for tests: the JDK's HttpsServer with a self-signed certificate made by the JDK's keytool,
 * serving a mockup (a JSON object of path → resource) with basic auth or sessions, and injectable 500s and
 * delays. Nothing installable here serves Redfish, so this is the closest real thing. A POST to a system's
 * {@code #ComputerSystem.Reset} target (as its resource names it) changes the system's {@code PowerState}:
 * {@code On} at once, {@code GracefulShutdown} after {@link #shutdownAfter} (or never, for a hung host).
 *
 * <p>Sessions are served where the service root's {@code Links.Sessions} says (else at
 * {@code /redfish/v1/SessionService/Sessions}). {@link #redirectToTrailingSlash} makes it answer every path without a
 * trailing slash with a 308 to the same path with one, as HPE iLO 5 does for {@code /redfish/v1}; a session limit
 * ({@link #sessionLimit}) refuses logins beyond it with a 503 and DMTF's {@code SessionLimitExceeded} message, as
 * Supermicro BMCs do once their few sessions are taken.
 */
final class RedfishMockServer implements AutoCloseable {
    static final String USER = "root";
    static final String PASSWORD = "calvin-test";

    private final HttpsServer server;
    private final Map<String, String> resources = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> delaysMillis = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger logouts = new AtomicInteger();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger resets = new AtomicInteger();
    final AtomicInteger redirects = new AtomicInteger();
    /** Requests that came without {@code OData-Version: 4.0}. */
    final AtomicInteger withoutODataVersion = new AtomicInteger();
    private volatile boolean redirectToTrailingSlash;
    private volatile int sessionLimit = Integer.MAX_VALUE;
    private final Map<String, Long> offAt = new ConcurrentHashMap<>();
    private volatile long shutdownMillis;
    private volatile boolean honoursShutdown = true;
    final Path caPem;

    RedfishMockServer(String mockupResource) throws Exception {
        loadMockup(mockupResource);
        Path ks = keystore();
        caPem = ks.resolveSibling("bmc-ca.pem");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    private static Path keystoreFile;

    // keytool starts a JVM; one certificate per test run is enough.
    private static synchronized Path keystore() throws Exception {
        if (keystoreFile == null) {
            Path dir = Files.createTempDirectory("redfish-tls-");
            Path ks = dir.resolve("bmc.p12");
            keytool("-genkeypair", "-alias", "bmc", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "changeit",
                    "-keypass", "changeit");
            keytool("-exportcert", "-rfc", "-alias", "bmc", "-keystore", ks.toString(), "-storepass", "changeit",
                    "-file", dir.resolve("bmc-ca.pem").toString());
            keystoreFile = ks;
        }
        return keystoreFile;
    }

    private void loadMockup(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/redfish/" + name + ".json")) {
            JsonNode tree = JsonMapper.builder().build().readTree(in);
            for (Map.Entry<String, JsonNode> e : tree.properties()) {
                resources.put(norm(e.getKey()), e.getValue().toString());
            }
        }
    }

    private static void keytool(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("keytool failed: " + out);
        }
    }

    URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A graceful shutdown takes this long; {@code honours} false: the host ignores it and stays on. */
    void shutdownAfter(long millis, boolean honours) {
        shutdownMillis = millis;
        honoursShutdown = honours;
    }

    /** Answers paths without a trailing slash with a 308 to the path with one (iLO 5). */
    void redirectToTrailingSlash(boolean on) {
        redirectToTrailingSlash = on;
    }

    /** Refuses logins while this many sessions are open. */
    void sessionLimit(int open) {
        sessionLimit = open;
    }

    /** The sessions collection: the service root's {@code Links.Sessions}, else the usual path. */
    String sessionsPath() {
        String root = resources.get("/redfish/v1");
        String named = root == null ? "" : JsonMapper.builder().build().readTree(root).path("Links").path("Sessions")
                .path("@odata.id").asString("");
        return norm(named.isEmpty() ? "/redfish/v1/SessionService/Sessions" : named);
    }

    /** Replaces (or adds) the resource at {@code path}. */
    void put(String path, String json) {
        resources.put(norm(path), json);
    }

    /** The system's {@code PowerState} as this BMC holds it (read without HTTP, for checking a client). */
    String powerState(String system) {
        settle(norm(system));
        return JsonMapper.builder().build().readTree(resources.get(norm(system))).path("PowerState").asString();
    }

    void fail(String path, int status) {
        failures.put(norm(path), status);
    }

    void delay(String path, long millis) {
        delaysMillis.put(norm(path), millis);
    }

    void clearFaults() {
        failures.clear();
        delaysMillis.clear();
    }

    /** Forgets every session, as a BMC does on reset or idle timeout. */
    void expireSessions() {
        tokens.clear();
    }

    private static String norm(String path) {
        String p = path.replaceAll("/+$", "");
        return p.isEmpty() ? "/" : p;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().add("Connection", "close");
            String raw = ex.getRequestURI().getPath();
            String path = norm(raw);
            String request = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!"4.0".equals(ex.getRequestHeaders().getFirst("OData-Version"))) {
                withoutODataVersion.incrementAndGet();
            }
            if (redirectToTrailingSlash && !raw.endsWith("/")) {
                redirects.incrementAndGet();
                ex.getResponseHeaders().add("Location", raw + "/");
                send(ex, 308, null);
                return;
            }
            String sessions = sessionsPath();
            if (ex.getRequestMethod().equals("POST") && path.equals(sessions)) {
                login(ex, request);
                return;
            }
            if (ex.getRequestMethod().equals("DELETE") && path.startsWith(sessions)) {
                logouts.incrementAndGet();
                tokens.remove(ex.getRequestHeaders().getFirst("X-Auth-Token"));
                send(ex, 204, null);
                return;
            }
            if (!authorized(ex) && !(ex.getRequestMethod().equals("GET") && path.equals("/redfish/v1"))) {
                send(ex, 401, "{\"error\":{\"code\":\"Base.1.8.AccessDenied\"}}");
                return;
            }
            if (ex.getRequestMethod().equals("POST")) {
                reset(ex, path, request);
                return;
            }
            gets.incrementAndGet();
            settle(path);
            Long delay = delaysMillis.get(path);
            if (delay != null) {
                Thread.sleep(delay);
            }
            Integer status = failures.get(path);
            if (status != null) {
                send(ex, status, "{\"error\":{\"code\":\"Base.1.8.InternalError\"}}");
                return;
            }
            String body = resources.get(path);
            send(ex, body == null ? 404 : 200, body == null ? "{}" : body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (e.g. after its timeout)
        }
    }

    /** A POST: the reset action of the system whose resource names this path as its target, else 404 or 405. */
    private void reset(HttpExchange ex, String path, String request) throws IOException {
        Integer status = failures.get(path);
        if (status != null) {
            send(ex, status, "{\"error\":{\"code\":\"Base.1.8.ResourceNotFound\"}}");
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        for (Map.Entry<String, String> e : resources.entrySet()) {
            JsonNode system = json.readTree(e.getValue());
            if (!path.equals(norm(system.path("Actions").path("#ComputerSystem.Reset").path("target").asString("/")))) {
                continue;
            }
            String type = json.readTree(request.isEmpty() ? "{}" : request).path("ResetType").asString("");
            resets.incrementAndGet();
            switch (type) {
                case "On" -> {
                    offAt.remove(e.getKey());
                    setPowerState(e.getKey(), "On");
                }
                case "GracefulShutdown" -> {
                    if (honoursShutdown) {
                        offAt.put(e.getKey(), System.currentTimeMillis() + shutdownMillis);
                    }
                }
                default -> {
                    send(ex, 400, "{\"error\":{\"code\":\"Base.1.8.ActionParameterNotSupported\"}}");
                    return;
                }
            }
            send(ex, 204, null);
            return;
        }
        send(ex, resources.containsKey(path) ? 405 : 404, "{\"error\":{\"code\":\"Base.1.8.ResourceNotFound\"}}");
    }

    /** A pending graceful shutdown completes once its time has come. */
    private void settle(String system) {
        Long at = offAt.get(system);
        if (at != null && System.currentTimeMillis() >= at) {
            offAt.remove(system);
            setPowerState(system, "Off");
        }
    }

    private void setPowerState(String system, String state) {
        tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) JsonMapper.builder()
                .build().readTree(resources.get(system));
        node.put("PowerState", state);
        resources.put(system, node.toString());
    }

    private void login(HttpExchange ex, String request) throws IOException {
        JsonNode creds = JsonMapper.builder().build().readTree(request);
        if (!USER.equals(creds.path("UserName").asString("")) || !PASSWORD.equals(creds.path("Password").asString(""))) {
            send(ex, 401, "{\"error\":{\"code\":\"Base.1.8.NoValidSession\"}}");
            return;
        }
        if (tokens.size() >= sessionLimit) {
            send(ex, 503, "{\"error\":{\"code\":\"Base.1.8.GeneralError\",\"@Message.ExtendedInfo\":"
                    + "[{\"MessageId\":\"Base.1.8.SessionLimitExceeded\"}]}}");
            return;
        }
        logins.incrementAndGet();
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        ex.getResponseHeaders().add("X-Auth-Token", token);
        ex.getResponseHeaders().add("Location", sessionsPath() + "/" + logins.get());
        send(ex, 201, "{\"Id\":\"" + logins.get() + "\"}");
    }

    private boolean authorized(HttpExchange ex) {
        String token = ex.getRequestHeaders().getFirst("X-Auth-Token");
        if (token != null) {
            return tokens.contains(token);
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return expected.equals(auth);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
