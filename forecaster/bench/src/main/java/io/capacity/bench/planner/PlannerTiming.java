package io.capacity.bench.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.Planner;
import io.capacity.planner.inventory.Cluster;
import io.capacity.planner.inventory.HardwareModel;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.core.series.TimeSeries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Planner run time for a mixed fleet: 70 % modern, 30 % old hosts, a 7-day 5-minute CPU forecast. */
final class PlannerTiming {
    private PlannerTiming() {
    }

    static void run(int hosts, int days) {
        var modern = new HardwareModel("r640", 56, 192, 25, PowerCatalogue.builtIn().resolve(PowerCatalogue.MODERN),
                9000, 5, Duration.ofMinutes(5), 40);
        var old = new HardwareModel("pe2950", 8, 16, 1, PowerCatalogue.builtIn().resolve(PowerCatalogue.OLD), 2000,
                5, Duration.ofMinutes(5), 20);
        List<Host> list = new ArrayList<>();
        double cores = 0;
        for (int i = 0; i < hosts; i++) {
            HardwareModel m = i % 10 < 7 ? modern : old;
            list.add(m.host(String.format("h%04d", i), "c1", LocalDate.of(2021, 1, 1), HostState.ON));
            cores += m.cores();
        }
        HardwareInventory inv = new HardwareInventory("EUR", Map.of("r640", modern, "pe2950", old), list,
                List.of(new Cluster("c1", Double.POSITIVE_INFINITY, List.of())));
        int perDay = 288;
        double[] y = new double[14 * perDay];
        Random rnd = new Random(42);
        for (int i = 0; i < y.length; i++) {
            y[i] = cores * (0.35 + 0.2 * Math.sin(2 * Math.PI * i / perDay)) * (1 + 0.02 * rnd.nextGaussian());
        }
        TimeSeries s = new TimeSeries("cpu", Instant.parse("2024-01-01T00:00:00Z"), Duration.ofMinutes(5), y);
        Forecast f = new SeasonalNaiveSpec(perDay).forecast(s, days * perDay, 80, 95);
        var options = PlanOptions.DEFAULTS.withClock(Clock.fixed(s.timeAt(y.length), ZoneOffset.UTC));
        var demand = DemandForecasts.of("c1", Dimension.CPU, f);
        double[] secs = new double[5];
        for (int r = 0; r < secs.length; r++) {
            long t0 = System.nanoTime();
            Planner.plan(inv, demand, options);
            secs[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(secs);
        System.out.println(String.format(Locale.ROOT, "planner: %d hosts x %d days at 5 min (%d steps): median %.2f s"
                + " over 5 runs (min %.2f, max %.2f)", hosts, days, days * perDay, secs[2], secs[0], secs[4]));
    }
}
