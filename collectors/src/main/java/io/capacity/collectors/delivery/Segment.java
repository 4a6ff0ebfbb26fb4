package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One append-only file of newline-terminated line protocol. Its name is the global byte offset of its first
 * byte, so offsets stay meaningful across files and restarts.
 */
final class Segment {
    final long start;
    final Path path;
    long size;
    /** Lines in the file, and how many of them the cursor has passed. */
    long lines;
    long ackedLines;
    /** Bytes of a torn last line cut off by {@link #recover}; 0 when the file ended in a whole line. */
    long tornBytes;
    private FileChannel reader;

    Segment(long start, Path path, long size, long lines) {
        this.start = start;
        this.path = path;
        this.size = size;
        this.lines = lines;
    }

    long end() {
        return start + size;
    }

    static String fileName(long start) {
        return String.format("%020d.lp", start);
    }

    static long startOf(Path file) {
        String n = file.getFileName().toString();
        return Long.parseLong(n.substring(0, n.length() - 3));
    }

    static boolean isSegment(Path file) {
        return file.getFileName().toString().matches("\\d{20}\\.lp");
    }

    /**
     * Opens an existing segment, cutting a torn last line left by a crash mid-write, and counts its lines and
     * those before {@code cursor}.
     */
    static Segment recover(Path file, long cursor) throws IOException {
        long start = startOf(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long lines = 0;
            long acked = 0;
            long lastNewline = -1;
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long pos = 0;
            while (pos < size) {
                buf.clear();
                int n = ch.read(buf, pos);
                for (int i = 0; i < n; i++) {
                    if (buf.get(i) == '\n') {
                        lines++;
                        lastNewline = pos + i;
                        if (start + pos + i < cursor) {
                            acked++;
                        }
                    }
                }
                pos += n;
            }
            if (lastNewline + 1 < size) {
                ch.truncate(lastNewline + 1);
            }
            Segment s = new Segment(start, file, lastNewline + 1, lines);
            s.ackedLines = acked;
            s.tornBytes = size - (lastNewline + 1);
            return s;
        }
    }

    /**
     * Reads whole lines from {@code offset} (relative to this file), at most {@code maxLines} and about
     * {@code maxBytes} (more if a single line is longer), as a batch of the file's bytes. The bytes land in
     * {@code reuse} when it is large enough (else in a new direct buffer), so the batch is only valid until that
     * buffer is reused.
     */
    Batch read(long offset, int maxLines, int maxBytes, ByteBuffer reuse) throws IOException {
        long remaining = size - offset;
        // Read about what maxLines lines take (the file's mean line length, plus a quarter), not the whole byte
        // cap: with a backlog the cap is several times a batch, and reading and zeroing it for every batch cost
        // more than the batch itself. A short read only makes this batch a little smaller.
        long estimate = lines == 0 ? maxBytes : size / lines * maxLines * 5 / 4 + 1024;
        int chunk = (int) Math.min(remaining, Math.max(1024, Math.min(maxBytes, estimate)));
        FileChannel ch = reader();
        while (true) {
            ByteBuffer buf = reuse.capacity() >= chunk ? reuse : ByteBuffer.allocateDirect(chunk);
            buf.clear().limit(chunk);
            while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
                // keep reading until the chunk is full
            }
            LineEnds found = LineEnds.scan(buf, buf.position(), maxLines);
            if (found.count() > 0 || chunk >= remaining) {
                return new Batch(buf, found.end(), found.count(), start, start + offset, start + offset + found.end());
            }
            chunk = (int) Math.min(remaining, (long) chunk * 2);
        }
    }

    // One read channel for the segment's life: opening the file for every batch cost two syscalls per batch.
    private FileChannel reader() throws IOException {
        if (reader == null) {
            reader = FileChannel.open(path, StandardOpenOption.READ);
        }
        return reader;
    }

    void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    void delete() throws IOException {
        closeReader();
        Files.deleteIfExists(path);
    }
}
