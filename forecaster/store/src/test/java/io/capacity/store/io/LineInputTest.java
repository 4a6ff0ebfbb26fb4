package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineInputTest {
    @TempDir
    Path dir;

    @Test
    void onlyNewlineEndsALineAndCrlfIsTrimmed() throws IOException {
        LineInput in = LineInput.of(new StringReader("a\r\nb\rc\n\nlast"));
        assertEquals("a", in.next());
        assertEquals("b\rc", in.next());
        assertEquals(2, in.lineNumber());
        assertEquals("", in.next());
        assertEquals("last", in.next());
        assertEquals(4, in.lineNumber());
        assertNull(in.next());
    }

    @Test
    void linesLongerThanTheBufferAndTheCap() throws IOException {
        String medium = "x".repeat(200_000);
        String huge = "y".repeat(LineInput.MAX_LINE * 2 + 5);
        LineInput in = LineInput.of(new StringReader(medium + "\n" + huge + "\nend\n"));
        assertEquals(medium, in.next());
        String cut = in.next();
        assertTrue(in.truncated());
        assertTrue(cut.length() < LineInput.MAX_LINE, "cut line keeps a short prefix");
        assertEquals("end", in.next());
        assertEquals(3, in.lineNumber());
    }

    @Test
    void invalidUtf8AndOverlongLinesAreBadRowsNotExceptions() throws IOException {
        Path f = dir.resolve("bin.lp");
        byte[] bad = {'m', ' ', 'v', '=', '1', ' ', '1', '\n', 'm', (byte) 0xC3, (byte) 0x28, ' ', 'v', '=', '1', ' ', '2', '\n'};
        Files.write(f, bad);
        Collected c = new Collected();
        PointReader.of(ReadOptions.of(Format.LP)).read(f, c);
        assertEquals(1, c.points.size());
        assertTrue(c.onlyBad().toString().startsWith(f + ":2: bytes that are not valid UTF-8 at column 2"),
                c.bad.toString());
    }

    /** U+FFFD is a character like any other; a comment is a comment whatever bytes it holds. */
    @Test
    void replacementCharacterIsValidAndCommentsHoldAnything() throws IOException {
        Path f = dir.resolve("text.lp");
        byte[] text = ("# bell \u0007, NUL \u0000 and bad bytes: ").getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("\ncpu,host=\uFFFD v=1 1\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[text.length + 2 + rest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        all[text.length] = (byte) 0xC3;
        all[text.length + 1] = (byte) 0x28;
        System.arraycopy(rest, 0, all, text.length + 2, rest.length);
        Files.write(f, all);
        Collected c = new Collected();
        PointReader.of(ReadOptions.of(Format.LP)).read(f, c);
        assertTrue(c.bad.isEmpty(), c.bad.toString());
        assertEquals("\uFFFD", c.points.get(0).tags().get("host"));
    }

    @Test
    void gzipFilesAreReadAndProgressReachesTheCompressedSize() throws IOException {
        Path f = dir.resolve("x.lp.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(f))) {
            os.write("m v=1 1\nm v=2 2\n".getBytes(StandardCharsets.UTF_8));
        }
        long[] last = {-1};
        Collected c = new Collected() {
            @Override
            public void progress(long bytesRead) {
                last[0] = bytesRead;
            }
        };
        PointReader.of(ReadOptions.of(Format.LP)).read(f, c);
        assertEquals(2, c.points.size());
        assertEquals(Files.size(f), last[0]);
        assertEquals(Format.LP, Format.detect(f));
    }

    @Test
    void missingFileIsAnImportException() {
        Path f = dir.resolve("nope.csv");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> PointReader.of(ReadOptions.of(Format.CSV)).read(f, new Collected()));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void formatDetection() throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "time,measurement,field,value\n");
        Path nab = Files.writeString(dir.resolve("b.csv"), "timestamp,value\n");
        Path lp = Files.writeString(dir.resolve("c.txt"), "cpu,host=a v=1 1\n");
        assertEquals(Format.CSV, Format.detect(csv));
        assertEquals(Format.NAB, Format.detect(nab));
        assertEquals(Format.LP, Format.detect(lp));
    }
}
