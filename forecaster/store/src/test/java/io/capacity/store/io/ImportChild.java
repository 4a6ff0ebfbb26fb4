package io.capacity.store.io;

import io.capacity.store.embedded.EmbeddedMetricStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A second JVM running a real import into an embedded store, as {@code ./capacity import} does, so a test can
 * kill -9 it mid-file. It prints "writing" once the write pass is past the file's middle, and "done" at the end.
 */
final class ImportChild {
    private ImportChild() {
    }

    /** Starts the child and returns once it has printed "writing"; the caller kills it. */
    static Process startAndAwaitWriting(Path store, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), store.toString(), file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("writing")) {
                return p;
            }
            if (line.equals("done")) {
                throw new IllegalStateException("the import finished before it could be killed");
            }
        }
        throw new IllegalStateException("import child ended without writing (exit " + p.waitFor() + ")");
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long size = Files.size(file);
        boolean[] said = {false};
        try (EmbeddedMetricStore store = EmbeddedMetricStore.open(Path.of(args[0]))) {
            ImportOptions options = ImportOptions.of(ReadOptions.of(Format.LP)).withBatchSize(1000);
            Importer.importFiles(store, List.of(file), options, (f, done, total) -> {
                // Past the validation pass and half the write pass: dozens of batches are in the store's hands.
                if (!said[0] && done > size + size / 2) {
                    said[0] = true;
                    System.out.println("writing");
                    System.out.flush();
                    try {
                        Thread.sleep(60_000); // until killed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        System.out.println("done");
    }
}
