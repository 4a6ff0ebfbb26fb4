package io.capacity.service.json;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.planner.Planner;
import io.capacity.planner.Site;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.plan.PlanInputs;
import io.capacity.planner.recommend.Kind;
import io.capacity.planner.recommend.Rationale;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.scenario.Scenario;
import io.capacity.planner.schedule.Transition;
import io.capacity.planner.sim.FleetSpec;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.Trace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic planner results for the JSON tests: a plan of the README's example inventory under a growing daily
 * demand (power-downs, power-ons, a purchase), a what-if of it, a replay of a synthetic trace, and values chosen
 * for their edge cases (whole and fractional doubles, NaN, null, a date, a list, quotes and control characters).
 */
final class JsonCases {
    static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private JsonCases() {
    }

    static PlanInputs inputs() {
        Site site = Site.load(ROOT.resolve("docs/examples/inventory.yaml"));
        double[] mean = new double[48];
        double[] up = new double[48];
        for (int t = 0; t < mean.length; t++) {
            mean[t] = 300 + 6 * t + 250 * Math.max(0, Math.sin(2 * Math.PI * (t - 6) / 24));
            up[t] = mean[t] * 1.15;
        }
        Forecast f = new Forecast("c1:cpu", T0, Duration.ofHours(1), mean,
                List.of(new PredictionInterval(95, mean, up)), null, null, "test", null,
                new Quality(Grade.GOOD, "test \"grade\"\treason"));
        PlanOptions o = PlanOptions.DEFAULTS.withCosts(site.costs()).withClock(Clock.fixed(T0, ZoneOffset.UTC));
        return new PlanInputs(site.inventory(), DemandForecasts.of("c1", Dimension.CPU, f), o);
    }

    static Map<String, Object> all() {
        Map<String, Object> out = new LinkedHashMap<>();
        PlanInputs in = inputs();
        out.put("plan", Planner.plan(in));
        out.put("whatif", Planner.whatIf(in, Scenario.named("+33 % workload, PUE 1.4").withWorkloadPercent(33)
                .withPue(1.4)));
        Random rnd = new Random(11);
        double[] y = new double[4 * 288];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.min(1, Math.max(0, 0.4 + 0.25 * Math.sin(2 * Math.PI * i / 288) + 0.02 * rnd.nextGaussian()));
        }
        out.put("simulation", Simulator.run(new Trace("synthetic", y, Duration.ofMinutes(5), null),
                FleetSpec.both(10), (period, horizon) -> new SeasonalNaiveSpec(period),
                // The document's shape, not the replay's rules, is under test: the rules the golden file was made with.
                ReplayRules.DEFAULTS.withBreakEven(false), CostSettings.DEFAULTS, "EUR"));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("whole", 24.0);
        inputs.put("fraction", 0.08333333333333333);
        inputs.put("tiny", 1.0e-5);
        inputs.put("huge", 1.0e20);
        inputs.put("negative_zero", -0.0);
        inputs.put("nan", Double.NaN);
        inputs.put("int", 7);
        inputs.put("long", 1L << 40);
        inputs.put("none", null);
        inputs.put("from", LocalDate.of(2018, 1, 8));
        inputs.put("days_k", Arrays.asList(1.5, 2.0, null));
        inputs.put("text", "a \"quoted\" / slashed \\ line\nand\u0001 é");
        CostLine line = new CostLine("capex \"x\"", 1234.5678, "EUR", "price / 12", inputs);
        out.put("values", List.of(
                new Recommendation(Kind.BUY, "order 2 x r640 now", 3, T0, List.of("h1", "h2"),
                        new Rationale("upper 95 %", 0.8, Grade.BAD, "", Dimension.BANDWIDTH, -7.755, 1e15 + 0.5,
                                "why"), List.of(line)),
                new Transition(2, "h\u00e9", true, true), new Transition(0, "h2", false, false)));
        return out;
    }
}
