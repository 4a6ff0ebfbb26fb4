package io.capacity.service.cli;

import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.apply.ApplySchedule;
import io.capacity.app.actions.apply.ApplySettings;
import io.capacity.app.DurationText;
import io.capacity.app.backtest.BacktestRequest;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.report.ReportRequest;
import io.capacity.app.report.ReportSchedule;
import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.SeriesSource;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.plan.PlanRules;
import io.capacity.app.plan.SimulateRequest;
import io.capacity.service.pipeline.PipelineConfig;
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
 * name and the option's longest name.
 */
final class CliDefaults implements CommandLine.IDefaultValueProvider {
    /** Every default, as the text picocli parses and usage help shows ({@code 7d}, {@code 0.8}, {@code 80,95}). */
    static final Map<String, String> VALUES = values();

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || arg.command() == null) {
            return null;
        }
        return VALUES.get(arg.command().name() + " " + o.longestName());
    }

    private static Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        ForecastSettings fs = ForecastSettings.DEFAULTS;
        String series = "forecast,backtest";
        put(m, series, "--format", SeriesSource.DEFAULT_FORMAT);
        put(m, series, "--season", fs.model().season());
        put(m, series, "--season2", fs.model().season2());
        put(m, series, "--levels", fs.levels());
        put(m, series, "--conformal", fs.model().conformal());
        put(m, "forecast", "--model", ForecastRequest.DEFAULTS.model());
        put(m, "backtest", "--model", BacktestRequest.DEFAULTS.models());
        put(m, "backtest", "--windows", BacktestRequest.DEFAULTS.windows());
        put(m, "backtest", "--initial", BacktestRequest.DEFAULTS.initial());
        PlanRules rules = PlanRules.DEFAULTS;
        String schedule = "plan,simulate";
        put(m, schedule, "--quantile", rules.quantile());
        put(m, schedule, "--target-util", rules.targetUtil());
        put(m, schedule, "--redundancy", rules.redundancy());
        put(m, schedule, "--min-off-time", rules.minOffTime());
        put(m, schedule, "--max-transitions", rules.maxTransitions());
        put(m, schedule, "--packing", rules.packing());
        PlanRequest plan = PlanRequest.DEFAULTS;
        put(m, "plan", "--history", DemandSource.Stored.DEFAULTS.history());
        put(m, "plan", "--horizon", plan.horizon());
        put(m, "plan", "--step", plan.step());
        put(m, "plan", "--model", plan.model());
        put(m, "serve", "--plan-expiry", BookSettings.DEFAULTS.expiry());
        put(m, "serve,apply", "--apply-timeout", ApplySettings.DEFAULTS.timeout());
        put(m, "serve", "--apply-every", ApplySchedule.DEFAULTS.every());
        put(m, "serve", "--demo-hosts", DemoFleet.DEFAULT_HOSTS);
        put(m, "serve", "--demo-seed", DemoFleet.DEFAULT_SEED);
        put(m, "serve", "--pipeline-every", PipelineConfig.DEFAULT_EVERY);
        put(m, "serve", "--pipeline-choose-every", PipelineSettings.DEFAULTS.chooseEvery());
        put(m, "serve,report", "--capacity-critical-days", CapacityThresholds.DEFAULTS.critical().toDays());
        put(m, "serve,report", "--capacity-warning-days", CapacityThresholds.DEFAULTS.warning().toDays());
        put(m, "serve", "--capacity-horizon", CapacityRequest.DEFAULTS.horizon());
        put(m, "report", "--zone", ReportRequest.DEFAULTS.zone());
        put(m, "serve", "--report-zone", ReportSchedule.DEFAULTS.zone());
        put(m, "serve", "--report-at", ReportSchedule.DEFAULTS.when());
        SimulateRequest sim = SimulateRequest.DEFAULTS;
        put(m, "simulate", "--step", sim.step());
        put(m, "simulate", "--unit", sim.unit());
        put(m, "simulate", "--hosts", sim.hosts());
        put(m, "simulate", "--model", sim.model());
        put(m, "simulate", "--decide-every", sim.decideEvery());
        put(m, "simulate", "--calibration", sim.calibration() == null ? "off" : sim.calibration());
        put(m, "simulate", "--tariff", sim.tariff());
        put(m, "simulate", "--pue", sim.pue());
        put(m, "simulate", "--price", sim.price());
        put(m, "simulate", "--currency", sim.currency());
        put(m, "simulate", "--break-even", sim.breakEven() ? "on" : "off");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String commands, String option, Object value) {
        for (String c : commands.split(",")) {
            m.put(c + " " + option, text(value));
        }
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
