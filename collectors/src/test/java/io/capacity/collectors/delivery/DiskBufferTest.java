package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskBufferTest {
    @TempDir
    Path dir;

    private DiskBuffer open(long maxBytes, long segmentBytes) throws IOException {
        return DiskBuffer.open(new DiskBufferConfig(dir, maxBytes, segmentBytes, FsyncPolicy.ALWAYS,
                Duration.ofSeconds(1)), Clock.systemUTC());
    }

    private static List<String> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "m,k=v f=" + i + "i " + i).toList();
    }

    private static List<String> drain(DiskBuffer b, int batch) throws IOException {
        List<String> all = new ArrayList<>();
        for (Batch x = b.read(batch, 1 << 20); !x.lines().isEmpty(); x = b.read(batch, 1 << 20)) {
            all.addAll(x.lines());
            b.ack(x);
        }
        return all;
    }

    @Test
    void unacknowledgedLinesSurviveARestartAndAcknowledgedOnesDoNot() throws IOException {
        try (DiskBuffer b = open(1 << 20, 4096)) {
            b.append(lines(0, 100));
            b.append(lines(100, 250));
            Batch first = b.read(60, 1 << 20);
            assertEquals(lines(0, 60), first.lines());
            b.ack(first);
            Batch inFlight = b.read(60, 1 << 20);
            assertEquals(lines(60, 120), inFlight.lines(), "read but never acknowledged: must come back");
            assertEquals(190, b.pendingLines());
        }
        try (DiskBuffer b = open(1 << 20, 4096)) {
            assertEquals(190, b.pendingLines());
            assertEquals(lines(60, 250), drain(b, 37));
            assertEquals(0, b.pendingLines());
            assertEquals(0, b.pendingBytes());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".lp")).count() <= 1, "delivered segments deleted");
        }
    }

    @Test
    void tornLastLineFromACrashIsCutOff() throws IOException {
        try (DiskBuffer b = open(1 << 20, 1 << 16)) {
            b.append(lines(0, 10));
        }
        Path seg;
        try (Stream<Path> files = Files.list(dir)) {
            seg = files.filter(f -> f.toString().endsWith(".lp")).findFirst().orElseThrow();
        }
        Files.writeString(seg, "m,k=v f=99i 9", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (DiskBuffer b = open(1 << 20, 1 << 16)) {
            assertEquals(10, b.pendingLines());
            assertEquals(new Dropped(0, 0, 1), b.dropped(), "the torn line is counted");
            b.append(lines(10, 12));
            assertEquals(lines(0, 12), drain(b, 5));
        }
    }

    @Test
    void aFullDiskFailsAppendsWholeAndTheyResumeOnceDeliveryFreesSpace() throws IOException {
        var quota = new QuotaOpener(dir, 4 * 4096);
        var config = new DiskBufferConfig(dir, 1 << 20, 4096, FsyncPolicy.ALWAYS, Duration.ofSeconds(1));
        List<String> accepted = new ArrayList<>();
        int failed = 0;
        try (DiskBuffer b = DiskBuffer.open(config, Clock.systemUTC(), quota)) {
            for (int i = 0; failed < 3; i += 30) {
                try {
                    b.append(lines(i, i + 30));
                    accepted.addAll(lines(i, i + 30));
                } catch (IOException e) {
                    assertEquals("No space left on device", e.getMessage());
                    failed++;
                }
                assertEquals(segmentBytesOnDisk(), b.diskBytes(), "sizes kept equal the files'");
            }
            assertEquals(new Dropped(0, 90, 0), b.dropped(), "each failed append counted whole");
            assertEquals(accepted.size(), b.pendingLines());
            assertNoTornLine();
            List<String> delivered = drain(b, 25);   // cursor saves fail on the full disk: ack goes on regardless
            assertEquals(accepted, delivered);
            b.append(lines(10_000, 10_030));          // delivered segments were deleted: room again
            assertEquals(lines(10_000, 10_030), drain(b, 100));
        }
        try (DiskBuffer b = open(1 << 20, 4096)) {
            assertEquals(0, b.pendingLines(), "the cursor was saved once there was room");
            assertEquals(Dropped.NONE, b.dropped());
        }
    }

    private long segmentBytesOnDisk() throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".lp")).toList()) {
                total += Files.size(f);
            }
        }
        return total;
    }

    private void assertNoTornLine() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".lp")).toList()) {
                String text = Files.readString(f);
                assertTrue(text.isEmpty() || text.endsWith("\n"), f + " ends in a torn line");
                text.lines().forEach(l -> assertTrue(l.matches("m,k=v f=\\d+i \\d+"), "torn: " + l));
            }
        }
    }

    @Test
    void boundDropsOldestSegmentsAndCountsExactly() throws IOException {
        int total = 2000;
        try (DiskBuffer b = open(16 * 1024, 4096)) {
            for (int i = 0; i < total; i += 20) {
                b.append(lines(i, i + 20));
            }
            long dropped = b.droppedLines();
            assertTrue(dropped > 0, "bound was hit");
            assertEquals(total, dropped + b.pendingLines(), "every line is either pending or counted dropped");
            assertEquals(new Dropped(dropped, 0, 0), b.dropped(), "dropped for the backlog limit, oldest first");
            List<String> kept = drain(b, 100);
            assertEquals(lines((int) dropped, total), kept, "the newest survive, in order");
        }
    }

    @Test
    void underTheIntervalPolicyALaggingCursorReplaysButLosesNothing() throws IOException {
        var config = new DiskBufferConfig(dir, 1 << 20, 1 << 16, FsyncPolicy.INTERVAL, Duration.ofSeconds(1));
        Clock frozen = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        DiskBuffer crashed = DiskBuffer.open(config, frozen);
        try {
            crashed.append(lines(0, 30));
            crashed.ack(crashed.read(10, 1 << 20));   // saved: the first save of the interval
            crashed.ack(crashed.read(10, 1 << 20));   // acknowledged, saved only at the next interval or close
            // Not closed: the process "crashes" here, and a new one opens the directory.
            try (DiskBuffer b = DiskBuffer.open(config, frozen)) {
                assertEquals(lines(10, 30), drain(b, 7), "the unsaved acknowledgement replays; nothing is lost");
            }
            try (DiskBuffer b = DiskBuffer.open(config, frozen)) {
                assertEquals(0, b.pendingLines(), "close() saved the cursor");
            }
        } finally {
            crashed.close();   // only releases its file handle: the assertions are done
        }
    }
}
