package io.capacity.bench.m4;

import io.capacity.core.input.M4Reader;
import io.capacity.core.series.TimeSeries;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * M4 Hourly as every benchmark here reads it: the product's own M4 reader (the one {@code ./capacity backtest
 * --format m4} uses), hourly steps, and the validation split: the last {@link #HORIZON} values of each training
 * series held out, season {@link #SEASON}.
 */
public final class M4Hourly {
    public static final int HORIZON = 48;
    public static final int SEASON = 24;
    /** Where the file is from the project root, where the scripts run the mains. */
    public static final Path DEFAULT_FILE = Path.of("../shared/data/m4/Hourly-train.csv");

    private M4Hourly() {
    }

    /** The file named by the first argument, or {@link #DEFAULT_FILE}. */
    public static Path file(String[] args) {
        return args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
    }

    public static List<TimeSeries> read(Path file) {
        return M4Reader.read(file, Duration.ofHours(1));
    }

    /** Seasonal naive over the held-out horizon: the training part's last full season repeated. */
    public static double[] seasonalNaive(double[] train) {
        double[] f = new double[HORIZON];
        for (int k = 0; k < HORIZON; k++) {
            f[k] = train[train.length - SEASON + k % SEASON];
        }
        return f;
    }
}
