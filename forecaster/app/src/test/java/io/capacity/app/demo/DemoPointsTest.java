package io.capacity.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.FieldDef;
import io.capacity.schema.MeasurementDef;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's points: deterministic under a seed, named as the real collectors name theirs, labelled simulated. */
class DemoPointsTest {
    static final Instant ANCHOR = Instant.parse("2026-03-04T10:00:00Z");

    static List<Point> sample(long seed) {
        DemoPoints p = new DemoPoints(new DemoSignals(new DemoFleet(12, seed, ANCHOR), DemoProfile.builtIn()));
        List<Point> out = new ArrayList<>();
        long start = DemoBackfill.toNanos(ANCHOR.minus(DemoFleet.HISTORY));
        for (DemoFleet.Host h : new DemoFleet(12, seed, ANCHOR).layout()) {
            for (long t = start; t < start + 3 * 86_400_000_000_000L; t += 3_610_000_000_000L) {
                out.addAll(p.at(h, t));
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        assertEquals(sample(7), sample(7));
        assertNotEquals(sample(7), sample(8));
        // Order does not matter: a host's point at a time is the same computed alone, after others or before.
        DemoSignals s = new DemoSignals(new DemoFleet(12, 7, ANCHOR), DemoProfile.builtIn());
        DemoFleet.Host h = s.fleet().layout().get(5);
        long t = DemoBackfill.toNanos(ANCHOR.plusSeconds(1234));
        assertEquals(new DemoPoints(s).at(h, t), new DemoSource(s).collect(t).subList(25, 30));
    }

    @Test
    void namesAreTheRealCollectorsOnesAndEveryPointIsLabelledSimulated() {
        Set<String> measurements = new HashSet<>();
        for (Point p : sample(1)) {
            MeasurementDef m = MetricSchema.measurement(p.measurement()).orElseThrow();
            measurements.add(m.name());
            assertEquals(MetricSchema.ORIGIN_DEMO, p.tags().get(MetricSchema.TAG_ORIGIN), p.toString());
            assertTrue(p.tags().keySet().containsAll(MetricSchema.INVENTORY_TAGS), p.toString());
            // The simulated BMC is an IPMI one: its state points carry its ipmi_sensor points' server tag alone.
            List<String> keys = m.equals(MetricSchema.POWER_STATE) ? List.of("server") : m.tagKeys();
            assertTrue(p.tags().keySet().containsAll(keys), p.toString());
            for (var f : p.fields().entrySet()) {
                FieldDef d = m.field(f.getKey()).orElseThrow(() -> new AssertionError(m.name() + " has no field "
                        + f.getKey()));
                assertEquals(d.integer(), f.getValue() instanceof Long, d.toString());
            }
            // Every field the real collector writes for these measurements is there too.
            if (!m.equals(MetricSchema.IPMI_SENSOR)) {
                assertEquals(Set.copyOf(m.fieldNames()), p.fields().keySet(), m.name());
            }
        }
        assertEquals(Set.of("cpu", "mem", "net", "ipmi_sensor", "bmc_power_state"), measurements);
    }

    @Test
    void countersNeverGoBackAndPowerFollowsTheModelsCurve() {
        DemoSignals s = new DemoSignals(new DemoFleet(6, 3, ANCHOR), DemoProfile.builtIn());
        for (DemoFleet.Host h : s.fleet().layout()) {
            long prev = Long.MIN_VALUE;
            for (long sec = ANCHOR.getEpochSecond() - 8 * 86_400; sec < ANCHOR.getEpochSecond(); sec += 601) {
                long b = s.bytesRecv(h, sec);
                assertTrue(b > prev, h.id() + " at " + sec);
                prev = b;
            }
            long t = ANCHOR.getEpochSecond();
            double rate = (s.bytesRecv(h, t + 60) - s.bytesRecv(h, t)) / 60.0;
            assertTrue(rate > 28e6 && rate < 56e6, h.id() + " " + rate);
            Point power = new DemoPoints(s).at(h, t * 1_000_000_000L).get(3);
            double watts = power.fields().get("value").doubleValue();
            assertEquals(h.model().curve().watts(s.cpu(h, t)), watts, 0.06);
        }
    }
}
