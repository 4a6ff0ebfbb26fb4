package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.testkit.InfluxdServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real {@code ./capacity serve} process, its built-in agent collecting this host every second, then
 * serve again on the same {@code --data-dir}: on the embedded store nothing stored or buffered is lost and no lock is
 * left; on InfluxDB frozen by SIGSTOP, what piled up in the agent's disk buffer is delivered once it answers.
 */
class ServeKillTest {
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    @Test
    void onTheEmbeddedStoreNothingStoredOrBufferedIsLostAndNoLockIsLeft() throws Exception {
        Path data = dir.resolve("data");
        List<String> args = List.of("--data-dir", data.toString(), "--collect-config", collectorsYaml().toString());
        Set<String> listedBefore;
        try (ServeChild serve = ServeChild.start(args)) {
            // A few host ticks stored and listed, then the kill lands while the agent keeps appending.
            listedBefore = await(() -> PointKeys.listed(serve), s -> s.stream().filter(k -> k.startsWith("cpu,")).count() > 0
                    && s.stream().anyMatch(k -> k.startsWith("capacity_agent,")), "cpu and agent series listed");
            await(() -> BufferedPoints.of(data.resolve("buffer")).lines(), n -> n >= 50, "50 buffered lines");
            serve.kill9();
        }
        BufferedPoints buffered = BufferedPoints.of(data.resolve("buffer"));
        // Opening the store in this JVM is the first check: a lock left behind or a corrupt file fails here.
        Set<String> afterKill = PointKeys.stored(data);
        Set<String> seriesAfterKill = new TreeSet<>();
        afterKill.forEach(k -> seriesAfterKill.add(k.substring(0, k.lastIndexOf('@'))));
        assertContains(seriesAfterKill, listedBefore, "every series listed before the kill is still stored");

        try (ServeChild serve = ServeChild.start(args)) {
            assertContains(PointKeys.listed(serve), listedBefore, "serve lists them again after the restart");
            serve.stop();   // drains the buffer into the store and closes it
        }
        Set<String> afterRestart = PointKeys.stored(data);
        assertContains(afterRestart, afterKill, "every point stored at the kill is still there after the restart");
        assertContains(afterRestart, buffered.keys(), "every point whole in the buffer at the kill is stored");
        System.out.printf("serve kill -9 (embedded): %d series listed before the kill, %d points stored after it, "
                        + "%d lines in the buffer (%d pending), %d points after the restart%n", listedBefore.size(),
                afterKill.size(), buffered.lines(), buffered.pending(), afterRestart.size());
    }

    @Test
    void onAFrozenInfluxDbWhatPiledUpInTheBufferIsDeliveredAfterTheRestart() throws Exception {
        try (InfluxdServer influxd = InfluxdServer.create().start()) {
            Path data = dir.resolve("data");
            String db = "serve_kill";
            List<String> args = List.of("--data-dir", data.toString(), "--influx-url", influxd.url(), "--influx-db", db,
                    "--influx-read-timeout", "2s", "--collect-config", collectorsYaml().toString());
            BufferedPoints buffered;
            long deliveredBefore;
            try (ServeChild serve = ServeChild.start(args)) {
                await(() -> PointKeys.influxCount(influxd, db), n -> n > 0, "host points in influxd before the freeze");
                influxd.freeze();
                await(() -> BufferedPoints.of(data.resolve("buffer")).pending(), n -> n >= 50,
                        "50 lines pending in the buffer while influxd is frozen");
                serve.kill9();
            } finally {
                influxd.thaw();
            }
            buffered = BufferedPoints.of(data.resolve("buffer"));
            deliveredBefore = PointKeys.influxCount(influxd, db);
            long from = buffered.keys().stream().mapToLong(ServeKillTest::time).min().orElseThrow();
            long to = buffered.keys().stream().mapToLong(ServeKillTest::time).max().orElseThrow();

            try (ServeChild serve = ServeChild.start(args)) {
                await(() -> missing(buffered.keys(), PointKeys.influxKeys(influxd, db, from, to)), Set::isEmpty,
                        "every buffered point in influxd");
                serve.stop();
            }
            assertContains(PointKeys.influxKeys(influxd, db, from, to), buffered.keys(),
                    "every point whole in the buffer at the kill reached influxd");
            System.out.printf("serve kill -9 (InfluxDB frozen): %d lines in the buffer (%d pending, %d points), %d "
                            + "cpu points in influxd before the restart, %d after%n", buffered.lines(),
                    buffered.pending(), buffered.keys().size(), deliveredBefore, PointKeys.influxCount(influxd, db));
        }
    }

    private Path collectorsYaml() throws IOException {
        Path yaml = dir.resolve("collectors.yaml");
        Files.writeString(yaml, """
                delivery: {batch_size: 100, linger: 200ms, retry_initial: 100ms, retry_max: 500ms, drain_on_stop: 30s}
                host: {interval: 1s}
                self_metrics: {interval: 1s}
                """);
        return yaml;
    }

    private static long time(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('@') + 1));
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> m = new TreeSet<>(expected);
        m.removeAll(actual);
        return m;
    }

    private static void assertContains(Set<String> actual, Set<String> expected, String what) {
        Set<String> m = missing(expected, actual);
        assertTrue(m.isEmpty(), what + ": " + m.size() + " of " + expected.size() + " missing, e.g. "
                + m.stream().limit(5).toList());
    }

    @FunctionalInterface
    private interface Probe<T> {
        T get() throws Exception;
    }

    /** Polls {@code probe} until {@code done} holds (returning that value) or the deadline passes (failing). */
    private static <T> T await(Probe<T> probe, Predicate<T> done, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + DEADLINE + "; last: " + summary(last));
            }
            Thread.sleep(200);
            last = probe.get();
        }
        return last;
    }

    private static String summary(Object value) {
        return value instanceof Set<?> s ? s.size() + " items, e.g. " + s.stream().limit(5).toList()
                : String.valueOf(value);
    }
}
