package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.it.InfluxResult;
import io.capacity.collectors.it.InfluxQuery;
import io.capacity.testkit.InfluxdServer;
import io.capacity.schema.Point;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real influxd. */
class InfluxLineProtocolSinkTest {
    private static InfluxdServer influxd;

    @BeforeAll
    static void start() throws Exception {
        influxd = InfluxdServer.create().start();
    }

    @AfterAll
    static void stop() {
        influxd.close();
    }

    private static InfluxLineProtocolSink sink(String db) {
        return new InfluxLineProtocolSink(new InfluxEndpoint(URI.create(influxd.url()), db, null, "reader",
                "s3cret-pw", null, Duration.ofSeconds(5), true));
    }

    @Test
    void createsTheDatabaseAndWritesIdempotently() throws Exception {
        List<Point> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(Point.of("t", Map.of("s", "x" + (i % 4)), "v", i, 1_000_000L + i));
        }
        try (var s = sink("fresh_db")) {
            s.write(batch);
            s.write(batch); // a replayed batch must not add points
        }
        String r = InfluxQuery.run(influxd.url(), "fresh_db", "SELECT count(v), sum(v) FROM t");
        assertEquals(100.0, InfluxResult.first(r, 1));
        assertEquals(4950.0, InfluxResult.first(r, 2));
    }

    @Test
    void sendsADirectBufferAsItIsAndAgainAfterCreatingTheDatabase() throws Exception {
        byte[] lines = "t,s=a v=1i 1\nt,s=b v=2i 2\nt,s=c v=3i 3\n".getBytes(StandardCharsets.UTF_8);
        ByteBuffer text = ByteBuffer.allocateDirect(64).put(new byte[5]).put(lines);
        text.position(5).limit(5 + lines.length);
        try (var s = sink("direct_db")) {
            s.writeLineProtocol(text, 3);   // the first POST finds no database: the body must go again, whole
        }
        assertEquals(5, text.position(), "the sink must not move the caller's buffer");
        String r = InfluxQuery.run(influxd.url(), "direct_db", "SELECT count(v), sum(v) FROM t");
        assertEquals(3.0, InfluxResult.first(r, 1));
        assertEquals(6.0, InfluxResult.first(r, 2));
    }

    @Test
    void badLineIsNotRetryableAndADownServerIs() throws Exception {
        try (var s = sink("bad_db")) {
            s.write(List.of(Point.of("t", Map.of(), "v", 1.5, 1L)));
            var conflict = assertThrows(SinkException.class,
                    () -> s.writeLines(List.of("t v=\"text\" 2")));
            assertFalse(conflict.retryable(), conflict.getMessage());
        }
        var down = new InfluxLineProtocolSink(new InfluxEndpoint(URI.create("http://127.0.0.1:9"), "x", null, null,
                "s3cret-pw", null, Duration.ofSeconds(2), true));
        var e = assertThrows(SinkException.class, () -> down.writeLines(List.of("t v=1 1")));
        assertTrue(e.retryable());
        assertFalse(e.getMessage().contains("s3cret-pw"));
    }
}
