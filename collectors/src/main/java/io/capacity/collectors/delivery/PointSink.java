package io.capacity.collectors.delivery;

import io.capacity.schema.Excerpt;
import io.capacity.schema.LineProtocolException;
import io.capacity.schema.LineProtocolParser;
import io.capacity.schema.Point;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where batches of points go: InfluxDB ({@link InfluxLineProtocolSink}) or, inside the service, the embedded
 * store. A write either stores the whole batch or throws; it must be idempotent for a repeated batch (same
 * series and timestamp overwrite), because the delivery pipeline replays a batch whose acknowledgement it did
 * not record.
 */
public interface PointSink extends AutoCloseable {

    void write(List<Point> points) throws SinkException;

    /**
     * Writes a batch already in line protocol, as the disk buffer holds it. Sinks that speak line protocol
     * override this to skip the parse.
     */
    default void writeLines(List<String> lines) throws SinkException {
        List<Point> points = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                points.add(LineProtocolParser.parse(line));
            } catch (LineProtocolException e) {
                throw new SinkException("unreadable buffered line (" + Excerpt.of(line) + "): " + e.getMessage(),
                        false, e);
            }
        }
        write(points);
    }

    /**
     * Writes {@code lines} lines of line protocol held as UTF-8 in {@code text[0, length)}, each ending in '\n':
     * the disk buffer's own bytes. Sinks that POST line protocol override this to send them untouched; the
     * default decodes them for {@link #writeLines}.
     */
    default void writeLineProtocol(byte[] text, int length, int lines) throws SinkException {
        writeLines(Batch.split(text, length));
    }

    /**
     * As {@link #writeLineProtocol(byte[], int, int)} for the bytes from {@code text}'s position to its limit,
     * which the sink must not move: the disk buffer's read buffer. The default copies them into an array.
     */
    default void writeLineProtocol(ByteBuffer text, int lines) throws SinkException {
        byte[] a = Batch.bytes(text);
        writeLineProtocol(a, a.length, lines);
    }

    @Override
    default void close() {
    }
}
