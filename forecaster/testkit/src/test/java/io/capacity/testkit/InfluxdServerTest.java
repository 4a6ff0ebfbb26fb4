package io.capacity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InfluxdExtension.class)
class InfluxdServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> query(InfluxdServer s, String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesOnLoopbackAndKeepsDataAcrossStopAndStart() throws Exception {
        try (InfluxdServer s = InfluxdServer.create().start()) {
            assertTrue(s.url().startsWith("http://127.0.0.1:"));
            assertEquals(200, query(s, "CREATE DATABASE kept").statusCode());
            s.stop();
            assertFalse(s.isRunning());
            s.start();
            assertTrue(query(s, "SHOW DATABASES").body().contains("kept"), "data dir survives a restart");
        }
    }

    @Test
    void closeDeletesTheTempDirAndTheLogExplainsStartups() throws Exception {
        Path dir;
        try (InfluxdServer s = InfluxdServer.create().start()) {
            dir = s.logFile().getParent();
            assertTrue(Files.size(s.logFile()) > 0, "influxd output is captured");
        }
        assertFalse(Files.exists(dir));
    }

    @Test
    void sharedInstanceIsOnePerJvmAndInjected(InfluxdServer injected) throws Exception {
        assertSame(SharedInfluxd.get(), injected);
        assertEquals(200, query(injected, "SHOW DATABASES").statusCode());
    }

    @Test
    void portsAreDistinctLoopbackPorts() {
        int[] p = FreePorts.several(3);
        assertNotEquals(p[0], p[1]);
        assertNotEquals(p[1], p[2]);
        assertNotEquals(p[0], p[2]);
    }
}
