package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded, crash-safe FIFO of line-protocol lines on disk: many appenders, one reader that reads from the
 * acknowledged cursor and acknowledges after delivery. On open, segments are recovered (a torn last line is cut off
 * and counted) and everything after the saved cursor is pending again. When the bytes on disk pass the bound,
 * whole oldest segments are dropped (the newest data is kept, as with Telegraf's {@code metric_buffer_limit}) and
 * their unacknowledged lines counted in {@link #dropped()}.
 *
 * <p>An append is all or nothing ({@link SegmentWriter}); the lines of a failed one are counted as dropped.
 * Failures to save the cursor or delete a delivered segment are logged and retried, never thrown.
 */
public final class DiskBuffer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiskBuffer.class);

    private final DiskBufferConfig config;
    private final Clock clock;
    private final CursorFile cursorFile;
    private final SegmentWriter writer;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private long cursor;
    private long end;
    private long pendingLines;
    private long droppedLines;
    private long failedLines;
    private long tornLines;
    private long savedCursor;
    private long lastCursorSaveMillis;
    private boolean closed;

    private DiskBuffer(DiskBufferConfig config, Clock clock, FileOpener opener) {
        this.config = config;
        this.clock = clock;
        this.cursorFile = new CursorFile(config.dir(), config.fsync() != FsyncPolicy.NEVER, opener);
        this.writer = new SegmentWriter(config, clock, opener);
    }

    /** Opens (creating if needed) the buffer in {@code config.dir()}, recovering what a previous run left. */
    public static DiskBuffer open(DiskBufferConfig config, Clock clock) throws IOException {
        return open(config, clock, FileOpener.DEFAULT);
    }

    static DiskBuffer open(DiskBufferConfig config, Clock clock, FileOpener opener) throws IOException {
        Files.createDirectories(config.dir());
        DiskBuffer b = new DiskBuffer(config, clock, opener);
        b.recover();
        return b;
    }

    private void recover() throws IOException {
        cursor = cursorFile.read();
        savedCursor = cursor;
        List<Path> files;
        try (Stream<Path> s = Files.list(config.dir())) {
            files = s.filter(Segment::isSegment).sorted().toList();
        }
        for (Path f : files) {
            Segment seg = Segment.recover(f, cursor);
            if (seg.tornBytes > 0) {
                tornLines++;
                LOG.warn("disk buffer {}: cut a torn last line ({} bytes) off {}, left by a crash in the middle of "
                        + "an append; counted in points_dropped", config.dir(), seg.tornBytes, f.getFileName());
            }
            if (seg.end() <= cursor || seg.size == 0) {
                seg.delete();
                continue;
            }
            segments.put(seg.start, seg);
            pendingLines += seg.lines - seg.ackedLines;
        }
        end = segments.isEmpty() ? cursor : Math.max(cursor, segments.lastEntry().getValue().end());
        if (!segments.isEmpty() && cursor < segments.firstKey()) {
            cursor = segments.firstKey();
        }
        cursor = Math.min(cursor, end);
    }

    /** Appends lines (without their newlines); they are readable as soon as this returns. */
    public void append(List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(lines.size() * 96);
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        appendEncoded(bytes, bytes.length, lines.size());
    }

    /**
     * Appends {@code lines} lines already encoded in {@code bytes[0, length)}, each ending in '\n' and none
     * containing another: the pipeline formats a whole poll straight into one reused buffer, written in one call.
     */
    void appendEncoded(byte[] bytes, int length, int lines) throws IOException {
        if (lines == 0) {
            return;
        }
        lock.lock();
        try {
            if (closed) {
                throw new IOException("disk buffer " + config.dir() + " is closed");
            }
            try {
                writer.append(bytes, length, lines, end, segments);
            } catch (IOException e) {
                failedLines += lines;
                throw e;
            }
            end += length;
            pendingLines += lines;
            enforceBound();
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // Drops whole oldest segments; the active one is never dropped, which the segment cap keeps small.
    private void enforceBound() {
        while (diskBytes() > config.maxBytes() && segments.size() > 1) {
            Segment oldest = segments.pollFirstEntry().getValue();
            long lost = oldest.lines - oldest.ackedLines;
            droppedLines += lost;
            pendingLines -= lost;
            delete(oldest);
            if (cursor < segments.firstKey()) {
                cursor = segments.firstKey();
                saveCursor(true);
            }
        }
    }

    // A segment that cannot be deleted stays on disk; it lies before the cursor, so the next start deletes it.
    private void delete(Segment seg) {
        try {
            seg.delete();
        } catch (IOException e) {
            LOG.warn("disk buffer {}: cannot delete delivered segment {} ({}); the next start will",
                    config.dir(), seg.path.getFileName(), Episode.reason(e));
        }
    }

    /** Bytes the segment files hold, as this buffer counts them (equal to the files' sizes). */
    long diskBytes() {
        long total = 0;
        for (Segment s : segments.values()) {
            total += s.size;
        }
        return total;
    }

    /** Waits until at least {@code lines} lines are pending or the timeout passes; returns the pending count. */
    public long awaitPending(long lines, long timeoutNanos) throws InterruptedException {
        lock.lock();
        try {
            long left = timeoutNanos;
            while (pendingLines < lines && left > 0) {
                left = appended.awaitNanos(left);
            }
            return pendingLines;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes a reader blocked in {@link #awaitPending} (used on shutdown). */
    public void wakeUp() {
        lock.lock();
        try {
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Reads up to {@code maxLines} lines from the cursor, never across a segment end; empty when none pend. */
    public Batch read(int maxLines, int maxBytes) throws IOException {
        return read(maxLines, maxBytes, ByteBuffer.allocate(0));
    }

    /**
     * As {@link #read(int, int)}, into {@code reuse} when it is large enough (so the batch is valid until that
     * buffer is read into again): the sender alternates two buffers instead of allocating one per batch.
     */
    Batch read(int maxLines, int maxBytes, ByteBuffer reuse) throws IOException {
        lock.lock();
        try {
            Batch b = readAt(cursor, maxLines, maxBytes, reuse);
            if (b.isEmpty()) {
                saveCursor(false);   // idle: a lagging cursor catches up within an interval
            }
            return b;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The lines after {@code previous}, which is still being delivered and not yet acknowledged: the sender reads
     * the next batch while the sink writes the last one.
     */
    Batch readAfter(Batch previous, int maxLines, int maxBytes, ByteBuffer reuse) throws IOException {
        lock.lock();
        try {
            return readAt(Math.max(cursor, previous.to()), maxLines, maxBytes, reuse);
        } finally {
            lock.unlock();
        }
    }

    private Batch readAt(long position, int maxLines, int maxBytes, ByteBuffer reuse) throws IOException {
        Map.Entry<Long, Segment> e = segments.floorEntry(position);
        Segment seg = e == null ? null : e.getValue();
        if (seg == null || position >= seg.end()) {
            Map.Entry<Long, Segment> next = segments.higherEntry(position);
            if (next == null || next.getValue().size == 0) {
                return Batch.empty(position);
            }
            seg = next.getValue();
            position = seg.start;
        }
        return seg.read(position - seg.start, maxLines, maxBytes, reuse);
    }

    /** Marks a batch delivered: moves and saves the cursor and deletes fully delivered segments. */
    public void ack(Batch batch) {
        if (batch.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            Segment seg = segments.get(batch.segmentStart());
            // A batch may start past the cursor: at the next segment, when a recovered segment lost a torn tail.
            if (seg == null || batch.from() < cursor) {
                // Its segment was dropped for space while the batch was in flight; it arrived after all.
                droppedLines -= Math.min(droppedLines, batch.lineCount());
            } else {
                seg.ackedLines += batch.lineCount();
                pendingLines -= batch.lineCount();
            }
            cursor = Math.max(cursor, batch.to());
            saveCursor(false);
            while (!segments.isEmpty() && segments.firstEntry().getValue() != writer.active()
                    && segments.firstEntry().getValue().end() <= cursor) {
                delete(segments.pollFirstEntry().getValue());
            }
        } finally {
            lock.unlock();
        }
    }

    // Under the interval policy the acknowledged offset is saved at most once per fsync interval (and on close):
    // each save is a file fsync plus a rename, which took over a tenth of the sender's time per batch in
    // scripts/bench-collect.sh. A saved cursor that lags after a crash only replays batches the store already
    // holds, which it absorbs as overwrites (see the package docs); nothing is lost.
    // A failed save is tried again at the next one (after the next batch, or when idle).
    private void saveCursor(boolean now) {
        long t = clock.millis();
        if (cursor != savedCursor && (now || config.fsync() != FsyncPolicy.INTERVAL
                || t - lastCursorSaveMillis >= config.fsyncInterval().toMillis())) {
            if (cursorFile.save(cursor)) {
                savedCursor = cursor;
            }
            lastCursorSaveMillis = t;
        }
    }

    Path directory() {
        return config.dir();
    }

    public long pendingLines() {
        lock.lock();
        try {
            return pendingLines;
        } finally {
            lock.unlock();
        }
    }

    public long pendingBytes() {
        lock.lock();
        try {
            return end - cursor;
        } finally {
            lock.unlock();
        }
    }

    /** Lines lost for any reason: the sum of {@link #dropped()}. */
    public long droppedLines() {
        return dropped().total();
    }

    public Dropped dropped() {
        lock.lock();
        try {
            return new Dropped(droppedLines, failedLines, tornLines);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            closed = true;
            saveCursor(true);
            for (Segment seg : segments.values()) {
                seg.closeReader();
            }
            writer.close();
        } finally {
            lock.unlock();
        }
    }
}
