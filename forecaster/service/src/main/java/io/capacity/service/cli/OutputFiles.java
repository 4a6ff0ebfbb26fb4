package io.capacity.service.cli;

import io.capacity.service.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the commands write ({@code -o}): checked before any work starts, then written whole or not at all
 * through a temporary file in the same directory, renamed over the target at the end. The temporary file is
 * created like any other file, so the output gets the user's umask (0644 under the usual 022), not the 0600 of
 * {@link Files#createTempFile}.
 */
final class OutputFiles {
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
        AtomicFiles.write(output, o -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            content.write(w);
            w.flush();
        });
    }

    /** {@link #write} of one string. */
    static void writeString(Path output, String text) throws IOException {
        write(output, w -> w.write(text));
    }
}
