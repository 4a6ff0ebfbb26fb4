package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The acknowledged offset, replaced atomically (write temp, force, rename) so a crash leaves either the old or
 * the new value, never a torn one. An old value only means a replay, which the store absorbs.
 */
final class CursorFile {
    private final Path file;
    private final Path tmp;
    private final boolean force;

    CursorFile(Path dir, boolean force) {
        this.file = dir.resolve("cursor");
        this.tmp = dir.resolve("cursor.tmp");
        this.force = force;
    }

    long read() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException("corrupt buffer cursor " + file + ": '" + text + "'", e);
        }
    }

    void write(long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap((offset + "\n").getBytes(StandardCharsets.US_ASCII)));
            if (force) {
                ch.force(true);
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
