package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A filesystem of a fixed small size for the buffer: a real tmpfs mounted for the test when it runs as root (as
 * CI does) and unmounted on close; otherwise a plain directory whose buffer files are opened through a
 * {@link QuotaOpener} of the same size.
 */
final class SmallFilesystem implements AutoCloseable {
    private final Path dir;
    private final QuotaOpener quota;

    private SmallFilesystem(Path dir, QuotaOpener quota) {
        this.dir = dir;
        this.quota = quota;
    }

    static SmallFilesystem create(Path dir, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        if (!isRoot() || Boolean.getBoolean("capacity.test.noMount")) {
            System.out.println("not root: a full disk is emulated by refusing writes past " + bytes + " bytes");
            return new SmallFilesystem(dir, new QuotaOpener(dir, bytes));
        }
        run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString());
        return new SmallFilesystem(dir, null);
    }

    static boolean isRoot() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }

    Path dir() {
        return dir;
    }

    DeliveryPipeline start(DiskBufferConfig buffer, DeliveryConfig delivery, PointSink sink, Clock clock,
                           RandomGenerator random) throws IOException {
        return quota == null ? DeliveryPipeline.start(buffer, delivery, sink, clock, random)
                : DeliveryPipeline.start(buffer, delivery, sink, clock, random, quota);
    }

    /** Writes a filler file until the filesystem refuses more. */
    void fillUp() throws IOException {
        if (quota != null) {
            Files.write(dir.resolve("filler"), new byte[(int) Math.max(0, (quota.capacity() - quota.used()))]);
            return;
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            byte[] page = new byte[4096];
            for (int i = 0; i < 1 << 20; i++) {
                out.write(page);
                out.flush();
            }
        } catch (IOException e) {
            return;   // full
        }
        throw new IllegalStateException("the filesystem never filled");
    }

    long bytesUsed(String sub) throws IOException {
        long total = 0;
        try (Stream<Path> s = Files.list(dir.resolve(sub))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".lp")).toList()) {
                total += Files.size(p);
            }
        }
        return total;
    }

    /** Every segment file ends in a newline and holds only whole lines of the test's shape. */
    void assertNoTornLine() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("buffer"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".lp")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                assertTrue(text.isEmpty() || text.endsWith("\n"), p + " ends in a torn line");
                List<String> lines = text.lines().toList();
                for (String l : lines) {
                    assertTrue(l.matches("fill,s=a v=\\d+i \\d+"), p + ": torn line '" + l + "'");
                }
            }
        }
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out.trim());
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (quota != null) {
            return;
        }
        run("umount", "-l", dir.toString());
    }
}
