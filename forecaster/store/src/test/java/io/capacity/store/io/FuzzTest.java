package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test over generated files mixing good lines, lines that are certainly bad and lines that may or may
 * not be (truncations, random bytes, random unicode). For every file: no exception escapes, each certainly bad
 * line is reported with its own line number, no good line is reported, and the all-or-nothing import of a file
 * with any bad row writes nothing.
 */
class FuzzTest {
    private static final int FILES = 300;
    private static final int LINES = 40;

    @TempDir
    Path dir;

    @Test
    void longCsv() throws IOException {
        run(Format.CSV, new FuzzLines.Csv());
    }

    @Test
    void lineProtocol() throws IOException {
        run(Format.LP, new FuzzLines.Lp());
    }

    private void run(Format format, FuzzLines gen) throws IOException {
        long totalBad = 0;
        for (int seed = 0; seed < FILES; seed++) {
            Random rnd = new Random(seed * 31L + format.ordinal());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Set<Long> certain = new TreeSet<>();
            Set<Long> maybe = new HashSet<>();
            long line = 0;
            if (gen.header() != null) {
                bytes.write((gen.header() + "\n").getBytes(StandardCharsets.UTF_8));
                line++;
            }
            int good = 0;
            for (int i = 0; i < LINES; i++) {
                line++;
                int kind = rnd.nextInt(100);
                if (kind < 55) {
                    bytes.write(gen.good(rnd).getBytes(StandardCharsets.UTF_8));
                    good++;
                } else if (kind < 85) {
                    bytes.write(gen.bad(rnd));
                    certain.add(line);
                } else {
                    bytes.write(gen.maybe(rnd));
                    maybe.add(line);
                }
                bytes.write('\n');
            }
            Path file = Files.write(dir.resolve(format + "-" + seed + ".txt"), bytes.toByteArray());
            Collected c = new Collected();
            try {
                PointReader.of(gen.options()).read(file, c);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": reader threw " + e + "\n" + preview(bytes), e);
            }
            Set<Long> reported = new HashSet<>(c.badLines());
            assertEquals(c.bad.size(), reported.size(), () -> "a line reported twice: " + c.bad);
            for (long l : certain) {
                if (!reported.contains(l)) {
                    fail("seed " + seed + ": bad line " + l + " not reported: "
                            + preview(bytes).split("\n", -1)[(int) l - 1]);
                }
            }
            for (BadRow b : c.bad) {
                if (!certain.contains(b.line()) && !maybe.contains(b.line())) {
                    fail("seed " + seed + ": good line reported: " + b + "\n" + preview(bytes));
                }
                assertTrue(b.toString().startsWith(file + ":" + b.line() + ": "), b.toString());
            }
            assertTrue(c.points.size() >= good, "every good line gives a point");
            totalBad += c.bad.size();

            RecordingStore store = new RecordingStore();
            FileResult res = Importer.importFiles(store, List.of(file), ImportOptions.of(gen.options())).files()
                    .get(0);
            if (c.bad.isEmpty()) {
                assertEquals(FileResult.Status.IMPORTED, res.status(), res.report());
                assertEquals(c.points.size(), store.pointsWritten());
            } else {
                assertEquals(FileResult.Status.REJECTED, res.status(), res.report());
                assertEquals(0, store.batches.size(), "all-or-nothing: nothing written");
                assertEquals(c.bad.size(), res.badRows());
            }
        }
        assertTrue(totalBad > FILES * LINES / 5, "the generator produces plenty of bad rows: " + totalBad);
    }

    private static String preview(ByteArrayOutputStream bytes) {
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
