package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acknowledged offset, replaced atomically (write temp, force, rename) so a crash leaves either the old or
 * the new value, never a torn one. An old value only means a replay, which the store absorbs; so a save that fails
 * (a full disk) is logged once per episode and tried again at the next save, and never stops delivery.
 */
final class CursorFile {
    private static final Logger LOG = LoggerFactory.getLogger(CursorFile.class);

    private final Path file;
    private final Path tmp;
    private final boolean force;
    private final FileOpener opener;
    private final Episode failures;

    CursorFile(Path dir, boolean force, FileOpener opener) {
        this.file = dir.resolve("cursor");
        this.tmp = dir.resolve("cursor.tmp");
        this.force = force;
        this.opener = opener;
        this.failures = new Episode(LOG, "disk buffer " + dir + ": cannot save the delivery cursor",
                "delivery goes on; until a save succeeds, a restart sends already delivered points again "
                        + "(harmless overwrites)", "disk buffer " + dir + ": delivery cursor saved again");
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

    /** Saves {@code offset}; false (logged once per episode) when it could not be written. */
    boolean save(long offset) {
        try {
            write(offset);
            failures.succeeded();
            return true;
        } catch (IOException e) {
            failures.failed(e, 0);
            try {
                Files.deleteIfExists(tmp);   // give back the page a half-written temp file holds
            } catch (IOException ignored) {
                // the next save truncates it anyway
            }
            return false;
        }
    }

    private void write(long offset) throws IOException {
        try (FileChannel ch = opener.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap((offset + "\n").getBytes(StandardCharsets.US_ASCII));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (force) {
                ch.force(true);
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
