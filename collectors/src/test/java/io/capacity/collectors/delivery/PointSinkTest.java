package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default path from the disk buffer's bytes to points, which a sink that cannot take line protocol gets. */
class PointSinkTest {
    private final List<Point> written = new ArrayList<>();
    private final PointSink sink = written::addAll;

    @Test
    void bufferedLinesArriveAsThePointsTheyWere() throws SinkException {
        Point a = Point.ofInteger("net", Point.tagMap(Map.of("if", "Gi0/1 up")), "in", 7, 1L);
        Point b = Point.of("cpu", Map.of(), "idle", 93.5, 2L);
        byte[] text = (a.toLineProtocol() + "\n" + b.toLineProtocol() + "\n").getBytes(StandardCharsets.UTF_8);
        sink.writeLineProtocol(text, text.length, 2);
        assertEquals(List.of(a, b), written);
    }

    @Test
    void anUnreadableLineRejectsTheBatchForGoodAndSaysWhy() {
        var e = assertThrows(SinkException.class, () -> sink.writeLines(List.of("cpu idle=1 1", "cpu idle=up 2")));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().startsWith("unreadable buffered line (cpu idle=up 2): field idle: expected a "
                + "decimal number"), e.getMessage());
        assertTrue(written.isEmpty());
    }
}
