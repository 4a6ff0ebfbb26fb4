package io.capacity.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareModel;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.power.PowerCatalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random inventories and forecasts for planner tests. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    public static final HardwareModel MODERN = new HardwareModel("r640", 56, 192, 25,
            PowerCatalogue.builtIn().resolve(PowerCatalogue.MODERN), 9000, 5, Duration.ofMinutes(10), 40);
    public static final HardwareModel OLD = new HardwareModel("pe2950", 8, 16, 1,
            PowerCatalogue.builtIn().resolve(PowerCatalogue.OLD), 2000, 5, Duration.ofMinutes(5), 20);

    private Fixtures() {
    }

    public static HardwareInventory inventory(Random rnd, int hosts) {
        List<Host> list = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            HardwareModel m = rnd.nextDouble() < 0.6 ? MODERN : OLD;
            HostState s = rnd.nextDouble() < 0.8 ? HostState.ON : rnd.nextBoolean() ? HostState.STANDBY
                    : HostState.OFF;
            list.add(m.host("h" + i, "c1", LocalDate.of(2021, 1, 1), i == 0 ? HostState.ON : s));
        }
        return new HardwareInventory("EUR", Map.of("r640", MODERN, "pe2950", OLD), list,
                List.of(new Cluster("c1", Double.POSITIVE_INFINITY, List.of())));
    }

    /** A daily-cycle CPU forecast (hourly steps) with a 95 % band of random width. */
    public static Forecast cpu(Random rnd, double scale, int horizon, Grade grade) {
        double[] mean = new double[horizon];
        double[] lo = new double[horizon];
        double[] hi = new double[horizon];
        double phase = rnd.nextDouble() * 24;
        for (int t = 0; t < horizon; t++) {
            mean[t] = scale * (0.5 + 0.4 * Math.sin(2 * Math.PI * (t + phase) / 24)) * (1 + 0.1 * rnd.nextGaussian());
            mean[t] = Math.max(0, mean[t]);
            double w = scale * 0.1 * rnd.nextDouble();
            lo[t] = mean[t] - w;
            hi[t] = mean[t] + w;
        }
        return new Forecast("cpu", T0, Duration.ofHours(1), mean, List.of(new PredictionInterval(95, lo, hi)),
                null, null, "test", null, new Quality(grade, "test forecast"));
    }
}
