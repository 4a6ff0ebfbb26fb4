package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Opens real files whose writes stop where a filesystem of {@code capacity} bytes under {@code root} would be
 * full (each file taking whole 4 KiB pages, as on tmpfs): a short write up to the limit, then "No space left on
 * device". For tests that cannot mount a small filesystem (not root).
 */
final class QuotaOpener implements FileOpener {
    private static final long PAGE = 4096;
    private final Path root;
    private final long capacity;

    QuotaOpener(Path root, long capacity) {
        this.root = root;
        this.capacity = capacity;
    }

    long capacity() {
        return capacity;
    }

    long used() throws IOException {
        long total = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += (Files.size(p) + PAGE - 1) / PAGE * PAGE;
            }
        }
        return total;
    }

    @Override
    public FileChannel open(Path path, OpenOption... options) throws IOException {
        return new Limited(FileChannel.open(path, options));
    }

    private final class Limited extends FileChannel {
        private final FileChannel ch;

        Limited(FileChannel ch) {
            this.ch = ch;
        }

        // Room left in this file's last page plus the free pages.
        private long room() throws IOException {
            long size = ch.size();
            long slack = (PAGE - size % PAGE) % PAGE;
            return Math.max(0, slack + (capacity - used()) / PAGE * PAGE);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            long room = room() - Math.max(0, ch.position() - ch.size());
            if (room <= 0 && src.hasRemaining()) {
                throw new IOException("No space left on device");
            }
            if (src.remaining() <= room) {
                return ch.write(src);
            }
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + (int) room);
            int n = ch.write(part);
            src.position(src.position() + n);
            return n;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return ch.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return ch.read(dsts, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            throw new UnsupportedOperationException("gathering writes are not used by the buffer");
        }

        @Override
        public long position() throws IOException {
            return ch.position();
        }

        @Override
        public FileChannel position(long p) throws IOException {
            ch.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return ch.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            ch.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            ch.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return ch.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException("not used by the buffer");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return ch.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw new UnsupportedOperationException("positional writes are not used by the buffer");
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return ch.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return ch.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return ch.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            ch.close();
        }
    }
}
