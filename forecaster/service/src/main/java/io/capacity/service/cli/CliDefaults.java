package io.capacity.service.cli;

import io.capacity.app.DurationText;
import io.capacity.app.backtest.BacktestRequest;
import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.PlanRules;
import io.capacity.app.plan.SimulateRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's defaults, read from the application layer's request records ({@code DEFAULTS}), so each
 * default is written once and the REST API shows the same: a flag without a default here has none (or is a
 * command-line matter such as {@code --progress}, whose default stays in its annotation). Keys are the command
 * name and the option's longest name; {@code *} matches any command.
 */
final class CliDefaults implements CommandLine.IDefaultValueProvider {
    /** Every default, as the text picocli parses and usage help shows ({@code 7d}, {@code 0.8}, {@code 80,95}). */
    static final Map<String, String> VALUES = values();

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || arg.command() == null) {
            return null;
        }
        String own = VALUES.get(arg.command().name() + " " + o.longestName());
        return own != null ? own : VALUES.get("* " + o.longestName());
    }

    private static Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        ForecastSettings fs = ForecastSettings.DEFAULTS;
        m.put("* --format", text(SeriesSource.DEFAULT_FORMAT));
        m.put("* --season", text(fs.model().season()));
        m.put("* --season2", text(fs.model().season2()));
        m.put("* --levels", text(fs.levels()));
        m.put("* --conformal", text(fs.model().conformal()));
        m.put("forecast --model", ForecastRequest.DEFAULTS.model());
        m.put("backtest --model", text(BacktestRequest.DEFAULTS.models()));
        m.put("backtest --windows", text(BacktestRequest.DEFAULTS.windows()));
        m.put("backtest --initial", text(BacktestRequest.DEFAULTS.initial()));
        PlanRules rules = PlanRules.DEFAULTS;
        m.put("* --quantile", text(rules.quantile()));
        m.put("* --target-util", text(rules.targetUtil()));
        m.put("* --redundancy", text(rules.redundancy()));
        m.put("* --min-off-time", text(rules.minOffTime()));
        m.put("* --max-transitions", text(rules.maxTransitions()));
        m.put("* --packing", rules.packing());
        PlanRequest plan = PlanRequest.DEFAULTS;
        m.put("plan --history", text(DemandSource.Stored.DEFAULTS.history()));
        m.put("plan --horizon", text(plan.horizon()));
        m.put("plan --step", text(plan.step()));
        m.put("plan --model", plan.model());
        SimulateRequest sim = SimulateRequest.DEFAULTS;
        m.put("simulate --step", text(sim.step()));
        m.put("simulate --unit", text(sim.unit()));
        m.put("simulate --hosts", text(sim.hosts()));
        m.put("simulate --model", sim.model());
        m.put("simulate --decide-every", text(sim.decideEvery()));
        m.put("simulate --calibration", sim.calibration() == null ? "off" : text(sim.calibration()));
        m.put("simulate --tariff", text(sim.tariff()));
        m.put("simulate --pue", text(sim.pue()));
        m.put("simulate --price", text(sim.price()));
        m.put("simulate --currency", sim.currency());
        return Map.copyOf(m);
    }

    /** A default as a user would type it: whole numbers without a fraction, durations as 5m, 1h or 7d. */
    static String text(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        if (value instanceof Duration d) {
            return DurationText.of(d);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(CliDefaults::text).collect(Collectors.joining(","));
        }
        if (value instanceof Enum<?> e) {
            return e.toString().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(value);
    }
}
