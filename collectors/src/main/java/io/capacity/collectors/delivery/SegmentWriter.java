package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.NavigableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write end of the disk buffer: the active segment's channel, rolling to a new segment when it is full, and
 * forcing under the fsync policy. An append is all or nothing: one that fails part way (a full disk) is cut back to
 * the last whole line, so the file never holds a torn line and the segment's recorded size stays the file's.
 * Callers hold the buffer's lock.
 */
final class SegmentWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentWriter.class);

    private final DiskBufferConfig config;
    private final Clock clock;
    private final FileOpener opener;
    private final Episode forceFailures;
    private FileChannel channel;
    private Segment segment;
    private long lastForceMillis;

    SegmentWriter(DiskBufferConfig config, Clock clock, FileOpener opener) {
        this.config = config;
        this.clock = clock;
        this.opener = opener;
        this.forceFailures = new Episode(LOG, "disk buffer " + config.dir() + ": cannot force appended data to disk",
                "collecting goes on; a power cut may lose what is not yet forced",
                "disk buffer " + config.dir() + ": forcing data to disk works again");
    }

    /** The segment appends go to (null before the first append); it is never dropped for space. */
    Segment active() {
        return segment;
    }

    /**
     * Writes {@code bytes[0, length)} ({@code lines} whole lines) at global offset {@code end}, starting a new
     * segment (registered in {@code segments}) first when the active one is full. On failure nothing of it stays.
     */
    void append(byte[] bytes, int length, int lines, long end, NavigableMap<Long, Segment> segments)
            throws IOException {
        try {
            if (channel == null || (segment.size > 0 && segment.size + length > config.segmentBytes())) {
                roll(end, segments);
            }
            ByteBuffer buf = ByteBuffer.wrap(bytes, 0, length);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            cutBack();
            throw e;
        }
        segment.size += length;
        segment.lines += lines;
        maybeForce();
    }

    // Whatever part of a failed append reached the file is cut off again. Should even that fail, the segment is
    // closed so that the next append starts a new one; the bytes past its recorded size are never read, and a
    // restart cuts them off as a torn line.
    private void cutBack() {
        if (channel == null) {
            return;
        }
        try {
            channel.truncate(segment.size);
            channel.position(segment.size);
        } catch (IOException e) {
            LOG.warn("disk buffer {}: cannot cut a failed append off {} ({}); continuing in a new segment",
                    config.dir(), segment.path.getFileName(), Episode.reason(e));
            closeChannel();
        }
    }

    private void roll(long end, NavigableMap<Long, Segment> segments) throws IOException {
        if (channel != null) {
            force();
            closeChannel();
        }
        Path path = config.dir().resolve(Segment.fileName(end));
        if (segments.containsKey(end)) {
            // An empty segment left by a roll whose first append failed: reuse it rather than fail CREATE_NEW.
            segment = segments.get(end);
            channel = opener.open(path, StandardOpenOption.WRITE);
            channel.truncate(0);
            return;
        }
        channel = opener.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        segment = new Segment(end, path, 0, 0);
        segments.put(end, segment);
    }

    private void maybeForce() {
        long now = clock.millis();
        boolean due = switch (config.fsync()) {
            case ALWAYS -> true;
            case INTERVAL -> now - lastForceMillis >= config.fsyncInterval().toMillis();
            case NEVER -> false;
        };
        if (due) {
            force();
            lastForceMillis = now;
        }
    }

    // The lines are written (in the page cache) either way; a failed force only weakens what a power cut keeps.
    private void force() {
        try {
            channel.force(false);
            forceFailures.succeeded();
        } catch (IOException e) {
            forceFailures.failed(e, 0);
        }
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing a segment failed", e);
        }
        channel = null;
    }

    void close() {
        if (channel != null) {
            force();
            closeChannel();
        }
    }
}
