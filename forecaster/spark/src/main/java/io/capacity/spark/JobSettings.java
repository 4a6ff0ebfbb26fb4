package io.capacity.spark;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one run of the job does. Serializable: it travels to the executors, which build the model from it.
 *
 * @param input       Parquet files or directory with {@code series_id, time, value}
 * @param output      directory the forecast rows are written to (Parquet, replaced)
 * @param horizon     steps to forecast, at least 1
 * @param step        the series' spacing: observations are put on this grid by mean, as the CLI's CSV input is
 * @param model       a model name from the core's catalogue, as {@code ./capacity forecast --model}
 * @param season      main seasonal period in steps, 1 for none
 * @param season2     second seasonal period in steps, 0 for none
 * @param levels      interval levels in percent
 * @param conformal   auto/ensemble: recalibrate interval widths from backtest errors
 * @param ensemble    auto: how the best candidates are combined, as {@code --ensemble}; null for the model's own
 * @param nonNegative truncate forecasts and intervals at zero
 * @param budget      the longest one series may take; beyond it the series is an error row
 * @param choices     the pipeline's cached model choices to start from ({@code state.tsv}); null for none
 * @param choicesOut  directory the choices made or refit are written to as {@code state.tsv} lines; null for none
 * @param chooseEvery a cached choice older than this is made again, as the pipeline does
 * @param now         the run's time: a cached choice's age is measured to it, new choices are stamped with it
 * @param partitions  partitions of the series (0: Spark's shuffle default)
 */
public record JobSettings(String input, String output, int horizon, Duration step, String model, int season,
                          int season2, List<Double> levels, boolean conformal, String ensemble, boolean nonNegative,
                          Duration budget, String choices, String choicesOut, Duration chooseEvery, Instant now,
                          int partitions) implements Serializable {

    public JobSettings {
        levels = List.copyOf(levels);
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output must be given");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("--horizon " + horizon + ": expected at least 1 step to forecast");
        }
        positive("--step", step);
        positive("--budget", budget);
        positive("--choose-every", chooseEvery);
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions " + partitions + ": expected 0 (Spark's default) or more");
        }
        if ((choices != null || choicesOut != null) && !model.equals("auto")) {
            throw new IllegalArgumentException("--choices and --choices-out cache the automatic choice: give "
                    + "--model auto (got " + model + ")");
        }
        if ((choices != null || choicesOut != null) && nonNegative) {
            throw new IllegalArgumentException("--choices and --choices-out cache the automatic choice as the pipeline"
                    + " keeps it: leave out --non-negative");
        }
    }

    /** Whether series go through the pipeline's cached choices rather than the model as the CLI fits it. */
    public boolean cached() {
        return choices != null || choicesOut != null;
    }

    /** The levels as the core takes them. */
    public double[] levelArray() {
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void positive(String flag, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(flag + " " + d + ": expected a positive duration");
        }
    }
}
