package io.capacity.collectors.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.delivery.Dropped;
import io.capacity.collectors.it.InfluxQuery;
import io.capacity.testkit.InfluxdServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of a real agent process while it appends, then a new agent on the same buffer directory: every point that
 * was whole in the buffer at the kill reaches a real influxd once, with no gap in the sequence up to the last one,
 * and a torn tail is dropped and counted, never sent. Three kills at different moments: with influxd frozen from the
 * start (everything pending), with delivery flowing (the saved cursor lags the delivered one, so part is sent
 * again), and frozen part way with a torn last line.
 */
class AgentKillTest {
    private static final Duration PRODUCE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    @Test
    void aKilledAgentLosesNoBufferedPointAndSendsNoTornOne() throws Exception {
        try (InfluxdServer influxd = InfluxdServer.create().start()) {
            Round frozen = round(influxd, "frozen", 0, 3000, false);
            assertTrue(frozen.scan.pending() >= 2000, "the kill left a backlog: " + frozen);
            Round flowing = round(influxd, "flowing", -1, 6000, false);
            assertTrue(flowing.deliveredBefore > 0, "points were delivered before the kill: " + flowing);
            Round torn = round(influxd, "torn", 2000, 5000, true);
            assertTrue(torn.scan.pending() >= 1000 && torn.scan.tornFiles() == 1, "backlog and a torn tail: " + torn);
            System.out.printf("agent kill -9: %s%n  %s%n  %s%n", frozen, flowing, torn);
        }
    }

    /**
     * One child agent for {@code run}, killed once it has produced {@code killAt} points; influxd is frozen before
     * it starts ({@code freezeAt} 0), once it has produced {@code freezeAt} points, or never (-1).
     */
    private Round round(InfluxdServer influxd, String run, long freezeAt, long killAt, boolean tear)
            throws Exception {
        Path buffer = dir.resolve(run);
        String db = "kill_" + run;
        try {
            if (freezeAt == 0) {
                influxd.freeze();
            }
            try (AgentChild child = AgentChild.start(influxd.url(), db, buffer, run)) {
                if (freezeAt > 0) {
                    child.awaitProduced(freezeAt, PRODUCE_TIMEOUT);
                    influxd.freeze();
                }
                child.awaitProduced(killAt, PRODUCE_TIMEOUT);
                child.kill9();
                System.out.printf("--- %s: the killed agent's log ---%n%s", run, child.output());
            }
            BufferScan scan = BufferScan.of(buffer, run);
            assertEquals(scan.whole(), scan.seqs().cardinality(), "no point twice in the buffer");
            if (tear) {
                scan = scan.tear();
            }
            influxd.thaw();
            BitSet before = seqs(influxd, db, run);

            // The same buffer directory, influxd answering, and new points appended after the recovered ones.
            AgentChild.warmUp();
            SequenceSource after = new SequenceSource(run + "-after", AgentChild.PER_POLL, n -> { });
            BitSet expected = scan.seqs();
            expected.or(before);
            Agent agent = Agent.builder(AgentChild.config(influxd.url(), db, buffer))
                    .source(after, AgentChild.POLL).build();
            try (agent) {
                agent.start();
                awaitCount(influxd, db, run, expected.cardinality());
            }
            Dropped dropped = agent.metrics().pipeline().dropped();

            BitSet delivered = seqs(influxd, db, run);
            assertEquals(expected.nextClearBit(0), expected.length(), run + ": the buffer and influxd together hold "
                    + "the sequence without a gap up to the last point: " + summary(expected));
            assertTrue(expected.equals(delivered), run + ": exactly the points whole in the buffer or already "
                    + "delivered; expected " + summary(expected) + ", influxd holds " + summary(delivered));
            assertEquals(scan.tornFiles(), dropped.tornLines(), run + ": the torn tail is dropped and counted");
            assertEquals(0, dropped.backlogLimit() + dropped.writeFailed(), run + ": " + dropped);
            assertEquals(0, agent.metrics().pipeline().pendingLines(), run + ": the new agent drained its buffer");
            BitSet afterSeqs = seqs(influxd, db, run + "-after");
            assertEquals(after.produced(), afterSeqs.cardinality(), run + ": points appended after the recovery");
            assertEquals(afterSeqs.length(), afterSeqs.cardinality(), run + ": no gap after the recovery: "
                    + summary(afterSeqs));
            return new Round(run, scan, before.cardinality(), delivered.cardinality());
        } finally {
            influxd.thaw();
        }
    }

    private static void awaitCount(InfluxdServer influxd, String db, String run, int count) throws Exception {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (seqs(influxd, db, run).cardinality() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** The sequence numbers influxd holds for {@code run}; a duplicate timestamp would overwrite, not add. */
    private static BitSet seqs(InfluxdServer influxd, String db, String run) throws Exception {
        String json = InfluxQuery.runEpochNanos(influxd.url(), db,
                "SELECT v FROM " + SequenceSource.MEASUREMENT + " WHERE \"run\" = '" + run + "'");
        JsonNode result = JsonMapper.builder().build().readTree(json).path("results").path(0);
        BitSet seqs = new BitSet();
        long rows = 0;
        for (JsonNode row : result.path("series").path(0).path("values")) {
            long v = row.path(1).asLong();
            assertEquals(SequenceSource.BASE_NANOS + v * 1_000_000L, row.path(0).asLong(),
                    "point " + v + " at its own timestamp");
            seqs.set((int) v);
            rows++;
        }
        assertEquals(rows, seqs.cardinality(), "one row per sequence number");
        return seqs;
    }

    /** Count, range and the first missing numbers: enough to see what differs without printing thousands. */
    private static String summary(BitSet seqs) {
        StringBuilder missing = new StringBuilder();
        for (int i = seqs.nextClearBit(0), n = 0; i < seqs.length() && n < 5; i = seqs.nextClearBit(i + 1), n++) {
            missing.append(' ').append(i);
        }
        return seqs.cardinality() + " points in 0.." + (seqs.length() - 1)
                + (missing.isEmpty() ? ", no gap" : ", missing" + missing);
    }

    private record Round(String run, BufferScan scan, int deliveredBefore, int deliveredAfter) {
        @Override
        public String toString() {
            return ("%s: %d whole lines in the buffer (%d pending, %d torn), %d points in influxd before the restart, "
                    + "%d after").formatted(run, scan.whole(), scan.pending(), scan.tornFiles(), deliveredBefore, deliveredAfter);
        }
    }
}
