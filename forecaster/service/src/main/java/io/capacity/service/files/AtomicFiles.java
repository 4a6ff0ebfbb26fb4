package io.capacity.service.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written whole or not at all: through a temporary sibling, renamed over the target at the end. The temporary
 * file is created like any other file, so the output gets the user's umask (0644 under the usual 022), not the 0600
 * of {@link Files#createTempFile}. Used by the commands' output files and the service's kept reports.
 */
public final class AtomicFiles {
    /** Writes a file's whole content to a stream. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream o) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code output} through a temporary sibling renamed over it; on failure the target is untouched. */
    public static void write(Path output, Content content) throws IOException {
        Path target = output.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.write(o);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@link #write} of bytes. */
    public static void write(Path output, byte[] bytes) throws IOException {
        write(output, o -> o.write(bytes));
    }
}
