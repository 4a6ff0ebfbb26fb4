package io.capacity.planner.power;

import io.capacity.planner.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PowerCurveTest {
    private final PowerCurve r640 = PowerCatalogue.builtIn().resolve(PowerCatalogue.MODERN);

    @Test
    void interpolatesBetweenMeasuredPointsNotAlongAnIdleToPeakLine() {
        assertEquals(55.0, r640.watts(0), 1e-12);
        // Half way from idle (55) to 10 % (125): the jump a straight idle-peak line (76.7 W) would miss.
        assertEquals(90.0, r640.watts(0.05), 1e-12);
        assertEquals(163.5, r640.watts(0.25), 1e-12);
        assertEquals(232.0, r640.watts(0.5), 1e-12);
        assertEquals(445.0, r640.watts(0.95), 1e-12);
        assertEquals(469.0, r640.watts(1.0), 1e-12);
        assertEquals(469.0, r640.watts(1.5), 1e-12, "load above 100 % is clamped");
        assertEquals(55.0, r640.watts(-0.1), 1e-12, "negative load is clamped");
    }

    @Test
    void mostEfficientLoadIsWhereWorkPerWattStopsRising() {
        // R640: 0.6 / 253 < 0.7 / 293 > 0.8 / 349 (watts above the 8 W standby), so packing past 70 % costs energy.
        assertEquals(0.7, r640.mostEfficientLoad(), 1e-12);
        // The old server's curve is concave: work per watt rises all the way to full load.
        assertEquals(1.0, PowerCatalogue.builtIn().resolve(PowerCatalogue.OLD).mostEfficientLoad(), 1e-12);
        // A curve that dips early stops at the first drop, even if a later point is better again.
        PowerCurve dip = new PowerCurve("dip", new double[]{10, 20, 60, 61, 62, 63, 64, 65, 66, 67, 68}, 0, "t");
        assertEquals(0.1, dip.mostEfficientLoad(), 1e-12);
    }

    @Test
    void catalogueHasAModernAndAnOldServer() {
        assertEquals(0.117, r640.idleOverPeak(), 0.001);
        double old = PowerCatalogue.builtIn().resolve(PowerCatalogue.OLD).idleOverPeak();
        assertTrue(old >= 0.5 && old <= 0.6, "old server idle/peak " + old);
        assertTrue(r640.source().contains("row 389"), r640.source());
    }

    @Test
    void unknownModelFallsBackToTheMedianServer() {
        PowerCurve c = PowerCatalogue.builtIn().resolve("no-such-server");
        assertEquals(PowerCatalogue.DEFAULT, c.name());
        assertEquals(0.275, c.idleOverPeak(), 0.001);
    }

    @Test
    void catalogueRowsMatchTheRealSpecpowerCurves() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.path("specpower/specpower_curves.csv"));
        for (String name : PowerCatalogue.builtIn().names()) {
            PowerCurve c = PowerCatalogue.builtIn().resolve(name);
            if (name.equals(PowerCatalogue.DEFAULT)) {
                continue;
            }
            String id = c.source().replaceAll(".*row (\\d+):.*", "$1");
            String row = lines.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
            double[] real = realPoints(row);
            assertArrayEquals(real, c.points(), 1e-9, name);
        }
    }

    /** w_idle..w_100 are the 11 fields before the 10 ssj_ops and idle_over_peak at the end of the row. */
    private static double[] realPoints(String row) {
        String[] f = row.split(",");
        return Arrays.stream(f, f.length - 22, f.length - 11).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void rejectsBadCurvesNamingTheValue() {
        double[] ten = new double[10];
        var e = assertThrows(IllegalArgumentException.class, () -> new PowerCurve("x", ten, 1, "t"));
        assertTrue(e.getMessage().contains("got 10"), e.getMessage());
        double[] pts = r640.points();
        var s = assertThrows(IllegalArgumentException.class, () -> new PowerCurve("x", pts, 60, "t"));
        assertTrue(s.getMessage().contains("60"), s.getMessage());
    }
}
