package io.capacity.app.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The three clusters' shapes, measured in the generated points' {@code cpu usage_idle}. */
class DemoShapesTest {
    static final Instant ANCHOR = Instant.parse("2026-03-04T10:00:00Z");
    static final DemoSignals S = new DemoSignals(new DemoFleet(DemoFleet.DEFAULT_HOSTS, 11, ANCHOR),
            DemoProfile.builtIn());

    /** Mean CPU utilisation (0..1) of a cluster over [from, from + hours), hourly, read from its points. */
    static double mean(DemoFleet.Shape shape, Instant from, int hours) {
        DemoPoints p = new DemoPoints(S);
        double sum = 0;
        int n = 0;
        for (DemoFleet.Host h : S.fleet().layout()) {
            if (h.shape() != shape) {
                continue;
            }
            for (int i = 0; i < hours; i++) {
                Point cpu = p.at(h, DemoBackfill.toNanos(from.plusSeconds(3600L * i))).get(0);
                sum += (100 - cpu.fields().get("usage_idle").doubleValue()) / 100;
                n++;
            }
        }
        return sum / n;
    }

    static double weekMean(DemoFleet.Shape s, int week) {
        return mean(s, S.fleet().historyStart().plusSeconds(week * 7 * 86_400L), 7 * 24);
    }

    @Test
    void theGrowingClusterGrowsWeekByWeek() {
        double first = weekMean(DemoFleet.Shape.GROWING, 0);
        double last = weekMean(DemoFleet.Shape.GROWING, 3);
        assertTrue(last - first > 0.2, first + " -> " + last);
        for (int w = 1; w < 4; w++) {
            assertTrue(weekMean(DemoFleet.Shape.GROWING, w) > weekMean(DemoFleet.Shape.GROWING, w - 1) + 0.05);
        }
    }

    @Test
    void theFlatClusterHasNoTrend() {
        double first = weekMean(DemoFleet.Shape.FLAT, 0);
        double last = weekMean(DemoFleet.Shape.FLAT, 3);
        assertTrue(Math.abs(last - first) < 0.01, first + " -> " + last);
    }

    @Test
    void theNightlyClusterHasATroughEachDayAtMostHalfItsPeak() {
        Instant day = S.fleet().historyStart().plusSeconds(14 * 86_400L);
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int h = 0; h < 24; h++) {
            double m = mean(DemoFleet.Shape.NIGHTLY, day.plusSeconds(3600L * h), 1);
            low = Math.min(low, m);
            high = Math.max(high, m);
        }
        assertTrue(low < 0.5 * high, low + " vs " + high);
        // The others' days swing far less.
        double flatLow = Double.MAX_VALUE;
        double flatHigh = 0;
        for (int h = 0; h < 24; h++) {
            double m = mean(DemoFleet.Shape.FLAT, day.plusSeconds(3600L * h), 1);
            flatLow = Math.min(flatLow, m);
            flatHigh = Math.max(flatHigh, m);
        }
        assertTrue(flatLow > 0.8 * flatHigh, flatLow + " vs " + flatHigh);
    }
}
