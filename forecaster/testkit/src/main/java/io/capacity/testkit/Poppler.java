package io.capacity.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Debian's {@code poppler-utils}: a PDF's pages as PNG ({@code pdftoppm}) and its text ({@code pdftotext}). */
public final class Poppler {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Poppler() {
    }

    /** Every page of {@code pdf} as a PNG under {@code dir} at {@code dpi}, in page order. */
    public static List<Path> pages(Path pdf, Path dir, int dpi) {
        Processes.require("pdftoppm", "poppler-utils");
        List<String> cmd = List.of("pdftoppm", "-png", "-r", Integer.toString(dpi), pdf.toAbsolutePath().toString(),
                dir.resolve("page").toAbsolutePath().toString());
        Processes.run(cmd, dir, TIMEOUT).ok(cmd);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code pdf}, pages in order. */
    public static String text(Path pdf, Path dir) {
        Processes.require("pdftotext", "poppler-utils");
        List<String> cmd = List.of("pdftotext", "-enc", "UTF-8", pdf.toAbsolutePath().toString(), "-");
        return Processes.run(cmd, dir, TIMEOUT).ok(cmd).stdout();
    }
}
