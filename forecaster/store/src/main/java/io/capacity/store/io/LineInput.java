package io.capacity.store.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Lines of a UTF-8 text file with their numbers, streamed through a fixed buffer. Only {@code \n} ends a line (a
 * trailing {@code \r} is dropped), so line numbers match editors and {@code sed -n Np}; a lone {@code \r} stays in
 * the line and is reported as a control character. Undecodable bytes become a lone surrogate ({@link #NOT_UTF8}),
 * which the reader reports.
 * Lines longer than {@link #MAX_LINE} characters are cut and flagged instead of growing memory without bound on a
 * binary file. Files ending in {@code .gz} are decompressed on the fly.
 */
final class LineInput implements Closeable {
    static final int MAX_LINE = 1 << 20;
    /**
     * What bytes that are not UTF-8 decode to: a lone high surrogate, which decoding valid UTF-8 never yields, so
     * such bytes are told apart from a U+FFFD the file really holds.
     */
    static final String NOT_UTF8 = "\uD800";

    private final Reader reader;
    private final CountingStream counter;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long lineNumber;
    private boolean truncated;

    private LineInput(Reader reader, CountingStream counter) {
        this.reader = reader;
        this.counter = counter;
    }

    static LineInput open(Path file) throws IOException {
        CountingStream counting = new CountingStream(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(counting, 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(NOT_UTF8);
        return new LineInput(new InputStreamReader(in, decoder), counting);
    }

    static LineInput of(Reader reader) {
        return new LineInput(reader, null);
    }

    /** The next line without its terminator, or null at the end. */
    String next() throws IOException {
        truncated = false;
        int start = pos;
        while (true) {
            for (int i = start; i < lim; i++) {
                if (buf[i] == '\n') {
                    String line = line(pos, i);
                    pos = i + 1;
                    return line;
                }
            }
            if (eof) {
                if (pos == lim) {
                    return null;
                }
                String line = line(pos, lim);
                pos = lim;
                return line;
            }
            start = fill();
        }
    }

    /**
     * Moves the partial line to the front and reads more; a line that fills a maximal buffer is cut. Returns where
     * the new characters start: everything before was already searched for a line break.
     */
    private int fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            if (buf.length < MAX_LINE) {
                buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE));
            } else {
                truncated = true;
                lim = 80; // keep a prefix to show in the report and drop the rest up to the next line break
            }
        }
        int from = lim;
        int n = reader.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
        return from;
    }

    private String line(int from, int to) {
        lineNumber++;
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (lineNumber == 1 && to > from && buf[from] == '\uFEFF') {
            from++; // a UTF-8 byte order mark, as spreadsheet programs write
        }
        return new String(buf, from, to - from);
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was longer than {@link #MAX_LINE} and cut. */
    boolean truncated() {
        return truncated;
    }

    /** Bytes consumed from the file so far (read ahead by the buffers), or -1 when not reading a file. */
    long bytesRead() {
        return counter == null ? -1 : counter.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
