package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and its tokens: a tokens file others may read and a non-loopback bind without a token are refused
 * before anything starts (one line each, saying what to do); with a private file, or CAPACITY_TOKENS, a service on
 * every interface starts and asks for them (requests go to 127.0.0.1 only).
 */
class ServeTokensTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String READ = "read-secret-0123456789";
    private static final String OPERATE = "operate-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void aSharedTokensFileIsRefusedWithTheChmod() throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "operate ci " + OPERATE + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun run = CliRun.of("serve", "--port", "0", "--no-collect", "--data-dir", dir.resolve("data").toString(),
                "--tokens-file", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("capacity serve: error: --tokens-file " + file + ": group or others may read or write it (mode "
                + "rw-r--r--); run: chmod 600 " + file, run.err().strip());
        assertFalse(run.err().contains(OPERATE));
    }

    @Test
    void aBindBeyondLoopbackWithoutATokenSaysHowToConfigureOne() {
        CliRun run = CliRun.of("serve", "--port", "0", "--bind", "0.0.0.0", "--no-collect", "--data-dir",
                dir.resolve("data").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("capacity serve: error: --bind 0.0.0.0: listening beyond loopback needs a token, and none is "
                + "configured: set CAPACITY_TOKENS='admin NAME SECRET' (SECRET from: openssl rand -hex 32) or "
                + "--tokens-file FILE (lines 'role name secret', chmod 600), or --bind 127.0.0.1", run.err().strip());
    }

    @Test
    void everyInterfaceWithAPrivateFileAndTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "# ops\nread grafana " + READ + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (ServeChild serve = ServeChild.start(List.of("--bind", "0.0.0.0", "--no-collect", "--data-dir",
                dir.resolve("data").toString(), "--tokens-file", file.toString()),
                Map.of("CAPACITY_TOKENS", "operate ci " + OPERATE))) {
            assertEquals(401, get(serve, "/api/v1/series", null).statusCode());
            assertEquals(200, get(serve, "/api/v1/series", READ).statusCode());
            assertEquals(200, get(serve, "/api/v1/series", OPERATE).statusCode());
            assertEquals(200, get(serve, "/actuator/health", null).statusCode());
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(serve.baseUrl()
                    + "/api/v1/series")).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + READ).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, post.statusCode(), post.body());
            serve.stop();
            String out = serve.output();
            assertTrue(out.contains("tokens: [token 'ci' (operate), token 'grafana' (read)]; reads need a token, "
                    + "as the service listens beyond loopback"), out);
            assertFalse(out.contains(READ) || out.contains(OPERATE), out);
        }
    }

    private static HttpResponse<String> get(ServeChild serve, String path, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serve.baseUrl() + path));
        if (secret != null) {
            b.header("Authorization", "Bearer " + secret);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
