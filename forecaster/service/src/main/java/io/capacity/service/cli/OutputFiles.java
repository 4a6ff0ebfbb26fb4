package io.capacity.service.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files the commands write ({@code -o}): checked before any work starts, then written whole or not at all
 * through a temporary file in the same directory, renamed over the target at the end. The temporary file is
 * created like any other file, so the output gets the user's umask (0644 under the usual 022), not the 0600 of
 * {@link Files#createTempFile}.
 */
public final class OutputFiles {
    /** Writes the whole content of an output file. */
    @FunctionalInterface
    interface Content {
        void write(BufferedWriter w) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * A usage error naming {@code flag} unless {@code output} can be written: its directory must exist (it is never
     * created) and it must not itself be a directory.
     */
    static void check(String flag, Path output) {
        Path dir = output.toAbsolutePath().getParent();
        if (dir == null || Files.isDirectory(output)) {
            throw new UsageError(flag + " " + output + ": is a directory; expected a file name");
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageError(flag + " " + output + ": directory " + dir + (Files.exists(dir)
                    ? " is not a directory" : " does not exist") + " (it is not created for you)");
        }
    }

    /** Writes {@code output} through a temporary sibling renamed over it; on failure the target is untouched. */
    static void write(Path output, Content content) throws IOException {
        replace(output, o -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            content.write(w);
            w.flush();
        });
    }

    /** {@link #write} of bytes: what the report's files and archive are written with. */
    public static void writeBytes(Path output, byte[] bytes) throws IOException {
        replace(output, o -> o.write(bytes));
    }

    private interface Stream {
        void write(OutputStream o) throws IOException;
    }

    private static void replace(Path output, Stream content) throws IOException {
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

    /** {@link #write} of one string. */
    static void writeString(Path output, String text) throws IOException {
        write(output, w -> w.write(text));
    }
}
