package io.capacity.core.hint;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.Quality;
import io.capacity.core.planner.DemandForecasts;
import io.capacity.core.planner.Dimension;
import io.capacity.core.planner.Fixtures;
import io.capacity.core.planner.PlanOptions;
import io.capacity.core.planner.Planner;
import io.capacity.core.planner.cost.CostSettings;
import io.capacity.core.planner.sim.FleetSpec;
import io.capacity.core.planner.sim.ReplayRules;
import io.capacity.core.planner.sim.SimulationRequest;
import io.capacity.core.planner.sim.Simulator;
import io.capacity.core.planner.sim.TraceSource;
import io.capacity.core.planner.sim.Unit;
import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.core.select.ModelCatalog;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, item 8: the core's override hints name an option ({@code option KEY=VALUE}), never Java: no method
 * call, {@code Class.member}, {@code new}, or {@code (...)}. Runs the models and planner paths that log a decision
 * with its override, at DEBUG, and reads every line they log.
 */
class OverrideHintsTest {
    /** Java syntax a user cannot type: camelCase calls, Class.member, constructors, elided arguments. */
    static final List<Pattern> JAVA = List.of(
            Pattern.compile("\\b[a-z]+[A-Z]\\w*\\("),
            Pattern.compile("\\b[A-Z][a-z]+[A-Z]?\\w*\\.[A-Za-z]\\w*"),
            Pattern.compile("\\bnew [A-Z]\\w*"),
            Pattern.compile("\\(\\.\\.\\.|\\.\\.\\.\\)"));

    @TempDir
    Path dir;

    @Test
    void theJavaPatternsCatchTheOldHints() {
        for (String old : List.of("force with withDifferences(d, 1)", "force orders with ArimaSpec.of(...)",
                "disable with withApproximation(NEVER)", "Override with PlanOptions.expectedLoad",
                "force with new EtsSpec(Trend.X, season)", "(ReplayRules.withEfficientPacking(false))")) {
            assertTrue(JAVA.stream().anyMatch(p -> p.matcher(old).find()), old);
        }
        assertFalse(JAVA.stream().anyMatch(p -> p.matcher("chose ARIMA(2,1,1)(0,1,1)[24] with option"
                + " arima_order=(p,d,q)(P,D,Q); file t.csv, 0.8 PT1H").find()));
    }

    @Test
    void anOptionHintIsLowerCaseKeyEqualsValue() {
        assertEquals("option packing=target", Hints.option("packing", "target"));
        assertThrows(IllegalArgumentException.class, () -> Hints.option("expectedLoad", 0.5));
        Matcher m = Hints.OPTION.matcher("(force with option seasonal_differences=1); or option packing=target.");
        assertTrue(m.find());
        assertEquals("seasonal_differences", m.group(1));
        assertEquals("1", m.group(2));
        assertTrue(m.find());
        assertEquals("target", m.group(2));
        Matcher o = Hints.OPTION.matcher("force the orders with option arima_order=(p,d,q)(P,D,Q); option x=0.8.");
        assertTrue(o.find());
        assertEquals("(p,d,q)(P,D,Q)", o.group(2));
        assertTrue(o.find());
        assertEquals("0.8", o.group(2));
    }

    @Test
    void noLoggedHintNamesJava() throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("io.capacity");
        Level before = ours.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        ours.setLevel(Level.DEBUG);
        try {
            runEverythingThatLogsAnOverride();
        } finally {
            ours.setLevel(before);
            root.detachAppender(logs);
        }
        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        List<String> hints = lines.stream().filter(l -> l.matches("(?is).*(override|force|disable|fix k).*"))
                .toList();
        // Each model and planner decision below logged its hint.
        for (String key : List.of("seasonal_differences", "differences", "approximation", "arima_order",
                "ets_trend", "auto_seasonality", "packing", "expected_load", "purchase_model", "calibration",
                "capacity")) {
            assertTrue(hints.stream().anyMatch(h -> h.contains("option " + key + "=")), key + " in " + hints);
        }
        List<String> java = new ArrayList<>();
        for (String l : lines) {
            if (JAVA.stream().anyMatch(p -> p.matcher(l).find())) {
                java.add(l);
            }
        }
        assertTrue(java.isEmpty(), "log lines with Java syntax: " + java);
    }

    private void runEverythingThatLogsAnOverride() throws IOException {
        Random rnd = new Random(7);
        double[] y = new double[24 * 10];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + 0.2 * i + 30 * Math.sin(2 * Math.PI * i / 24) + 3 * rnd.nextGaussian();
        }
        TimeSeries s = new TimeSeries("s", Instant.parse("2024-01-01T00:00:00Z"), Duration.ofHours(1), y);
        for (String m : List.of("auto-arima", "ets", "prophet")) {
            ModelCatalog.spec(m, 24, 0, 24).forecast(s, 24, 95);
        }
        ModelCatalog.spec("auto-arima", 24, 0, 24).forecast(TimeSeries.of("short", 1, 2, 3, 4, 5, 6, 7), 3, 95);
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
