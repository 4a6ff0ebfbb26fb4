package io.capacity.planner;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.sim.FleetSpec;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.SimulationRequest;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.TraceSource;
import io.capacity.planner.sim.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static io.capacity.core.hint.OverrideHintsTest.assertHintsAreOptions;
import static io.capacity.core.hint.OverrideHintsTest.linesLoggedAtDebug;

/**
 * Issue 12, item 8, the planner's half (the models' half and the {@code Hints} format: core's
 * {@code OverrideHintsTest}): the planner's override hints name an option ({@code option KEY=VALUE}), never Java.
 * Runs the planner and replay paths that log a decision with its override, at DEBUG, and reads every line they
 * log, with the core test's reader and checks.
 */
class PlannerOverrideHintsTest {
    @TempDir
    Path dir;

    @Test
    void noLoggedHintNamesJava() {
        // Each planner decision below logged its hint.
        assertHintsAreOptions(linesLoggedAtDebug(this::runEverythingThatLogsAnOverride), List.of("packing",
                "expected_load", "purchase_model", "calibration", "capacity"));
    }

    private void runEverythingThatLogsAnOverride() throws IOException {
        Random rnd = new Random(7);
        // The planner: a mixed fleet (efficiency order, packing), an expected load, the model to buy.
        double[] mean = new double[48];
        double[] up = new double[48];
        for (int t = 0; t < 48; t++) {
            mean[t] = 300 + 3 * t;
            up[t] = mean[t] * 1.2;
        }
        Forecast f = new Forecast("c1:cpu", Fixtures.T0, Duration.ofHours(1), mean,
                List.of(new PredictionInterval(95, mean, up)), null, null, "test", null,
                new Quality(Grade.GOOD, "test"));
        Planner.plan(Fixtures.inventory(new Random(3), 12), DemandForecasts.of("c1", Dimension.CPU, f),
                PlanOptions.DEFAULTS.withClock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC)));
        // The replay: absolute demand without a capacity, calibration on, efficient packing.
        StringBuilder csv = new StringBuilder("v\n");
        for (int i = 0; i < 4 * 288; i++) {
            csv.append(Math.max(0, 40 + 20 * Math.sin(2 * Math.PI * i / 288) + rnd.nextGaussian())).append('\n');
        }
        Path file = Files.writeString(dir.resolve("trace.csv"), csv);
        Simulator.run(new SimulationRequest(new TraceSource(file, "v", Duration.ofMinutes(5), Unit.ABSOLUTE, null,
                null), FleetSpec.both(10), (period, horizon) -> new SeasonalNaiveSpec(period), ReplayRules.DEFAULTS,
                CostSettings.DEFAULTS, "EUR"));
    }
}
