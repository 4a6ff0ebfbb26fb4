package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A bounded, crash-safe FIFO of line-protocol lines on disk: many appenders, one reader that reads from the
 * acknowledged cursor and acknowledges after delivery. On open, segments are recovered and everything after the
 * saved cursor is pending again. When the bytes on disk pass the bound, whole oldest segments are dropped and
 * their unacknowledged lines counted in {@link #droppedLines()}.
 */
public final class DiskBuffer implements AutoCloseable {
    private final DiskBufferConfig config;
    private final Clock clock;
    private final CursorFile cursorFile;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private FileChannel active;
    private Segment activeSegment;
    private long cursor;
    private long end;
    private long pendingLines;
    private long droppedLines;
    private long lastForceMillis;
    private long savedCursor;
    private long lastCursorSaveMillis;
    private boolean closed;

    private DiskBuffer(DiskBufferConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.cursorFile = new CursorFile(config.dir(), config.fsync() != FsyncPolicy.NEVER);
    }

    /** Opens (creating if needed) the buffer in {@code config.dir()}, recovering what a previous run left. */
    public static DiskBuffer open(DiskBufferConfig config, Clock clock) throws IOException {
        Files.createDirectories(config.dir());
        DiskBuffer b = new DiskBuffer(config, clock);
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
            if (activeSegment == null || (activeSegment.size > 0 && activeSegment.size + length > config.segmentBytes())) {
                roll();
            }
            ByteBuffer buf = ByteBuffer.wrap(bytes, 0, length);
            while (buf.hasRemaining()) {
                active.write(buf);
            }
            activeSegment.size += length;
            activeSegment.lines += lines;
            end += length;
            pendingLines += lines;
            maybeForce();
            enforceBound();
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void roll() throws IOException {
        if (active != null) {
            active.force(false);
            active.close();
        }
        Path path = config.dir().resolve(Segment.fileName(end));
        active = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        activeSegment = new Segment(end, path, 0, 0);
        segments.put(end, activeSegment);
    }

    private void maybeForce() throws IOException {
        long now = clock.millis();
        boolean due = switch (config.fsync()) {
            case ALWAYS -> true;
            case INTERVAL -> now - lastForceMillis >= config.fsyncInterval().toMillis();
            case NEVER -> false;
        };
        if (due) {
            active.force(false);
            lastForceMillis = now;
        }
    }

    // Drops whole oldest segments; the active one is never dropped, which the segment cap keeps small.
    private void enforceBound() throws IOException {
        while (diskBytes() > config.maxBytes() && segments.size() > 1) {
            Segment oldest = segments.pollFirstEntry().getValue();
            long lost = oldest.lines - oldest.ackedLines;
            droppedLines += lost;
            pendingLines -= lost;
            oldest.delete();
            if (cursor < segments.firstKey()) {
                cursor = segments.firstKey();
                saveCursor(true);
            }
        }
    }

    private long diskBytes() {
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
    public void ack(Batch batch) throws IOException {
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
            while (!segments.isEmpty() && segments.firstEntry().getValue() != activeSegment
                    && segments.firstEntry().getValue().end() <= cursor) {
                segments.pollFirstEntry().getValue().delete();
            }
        } finally {
            lock.unlock();
        }
    }

    // Under the interval policy the acknowledged offset is saved at most once per fsync interval (and on close):
    // each save is a file fsync plus a rename, which took over a tenth of the sender's time per batch in
    // scripts/bench-collect.sh. A saved cursor that lags after a crash only replays batches the store already
    // holds, which it absorbs as overwrites (see the package docs); nothing is lost.
    private void saveCursor(boolean now) throws IOException {
        long t = clock.millis();
        if (cursor != savedCursor && (now || config.fsync() != FsyncPolicy.INTERVAL
                || t - lastCursorSaveMillis >= config.fsyncInterval().toMillis())) {
            cursorFile.write(cursor);
            savedCursor = cursor;
            lastCursorSaveMillis = t;
        }
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

    public long droppedLines() {
        lock.lock();
        try {
            return droppedLines;
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
            if (active != null) {
                active.force(false);
                active.close();
                active = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
