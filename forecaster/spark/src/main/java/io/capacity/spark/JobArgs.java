package io.capacity.spark;

import io.capacity.app.DurationText;
import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's command line, {@code --name value} pairs (and the switches {@code --no-conformal},
 * {@code --non-negative}). Every default is the one {@code ./capacity forecast} takes (from the application layer's
 * records) except the step, which a file's series infer from their spacing and the job takes as one hour (the
 * store's step) unless given, and the budget, which the CLI does not have.
 */
final class JobArgs {
    private static final Logger LOG = LoggerFactory.getLogger(JobArgs.class);
    /** The per-series budget when none is given. */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);
    /** The step when none is given: the store's and the pipeline's. */
    static final Duration DEFAULT_STEP = Duration.ofHours(1);
    /** A cached choice's lifetime when none is given: the pipeline's. */
    static final Duration DEFAULT_CHOOSE_EVERY = Duration.ofDays(1);

    private static final Set<String> VALUED = Set.of("--input", "--output", "--horizon", "--step", "--model",
            "--season", "--season2", "--levels", "--ensemble", "--budget", "--choices", "--choices-out",
            "--choose-every", "--now", "--partitions");
    private static final Set<String> SWITCHES = Set.of("--no-conformal", "--conformal", "--non-negative");

    private JobArgs() {
    }

    static final String USAGE = "usage: spark-submit --class io.capacity.spark.SparkForecastMain capacity-spark.jar"
            + " --input PARQUET --output DIR --horizon H [--step 1h] [--model auto] [--season M] [--season2 M2]"
            + " [--levels 80,95] [--[no-]conformal] [--ensemble KIND] [--non-negative] [--budget 60s]"
            + " [--choices STATE_TSV] [--choices-out DIR] [--choose-every 1d] [--now ISO_INSTANT] [--partitions N]";

    static JobSettings parse(String[] args) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (SWITCHES.contains(a)) {
                v.put(a, "true");
            } else if (VALUED.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + ": expected a value after it");
                }
                v.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument '" + a + "'; " + USAGE);
            }
        }
        ForecastSettings d = ForecastSettings.DEFAULTS;
        String model = v.getOrDefault("--model", ForecastRequest.DEFAULTS.model());
        if (!v.containsKey("--budget")) {
            LOG.info("each series may take at most {} (option --budget DURATION)", DurationText.of(DEFAULT_BUDGET));
        }
        return new JobSettings(v.get("--input"), v.get("--output"), integer(v, "--horizon", -1),
                duration(v, "--step", DEFAULT_STEP), model, integer(v, "--season", ModelOptions.DEFAULTS.season()),
                integer(v, "--season2", ModelOptions.DEFAULTS.season2()), levels(v.get("--levels"), d.levels()),
                v.containsKey("--conformal") || !v.containsKey("--no-conformal") && ModelOptions.DEFAULTS.conformal(),
                v.get("--ensemble"), v.containsKey("--non-negative"), duration(v, "--budget", DEFAULT_BUDGET),
                v.get("--choices"), v.get("--choices-out"), duration(v, "--choose-every", DEFAULT_CHOOSE_EVERY),
                instant(v.get("--now")), integer(v, "--partitions", 0));
    }

    private static int integer(Map<String, String> v, String flag, int absent) {
        String s = v.get(flag);
        if (s == null) {
            if (absent < 0) {
                throw new IllegalArgumentException(flag + " must be given; " + USAGE);
            }
            return absent;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " '" + s + "': expected a whole number");
        }
    }

    private static Duration duration(Map<String, String> v, String flag, Duration absent) {
        String s = v.get(flag);
        if (s == null) {
            return absent;
        }
        try {
            return DurationText.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage());
        }
    }

    private static List<Double> levels(String text, List<Double> absent) {
        if (text == null) {
            return absent;
        }
        List<Double> out = new ArrayList<>();
        for (String p : text.split(",")) {
            try {
                out.add(Double.parseDouble(p.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--levels '" + text + "': expected percentages, e.g. 80,95");
            }
        }
        return out;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--now '" + text + "': expected an instant, e.g. 2026-12-03T15:00:00Z");
        }
    }
}
