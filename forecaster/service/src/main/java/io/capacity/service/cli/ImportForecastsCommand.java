package io.capacity.service.cli;

import io.capacity.app.forecast.ForecastRequest;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.core.hint.Hints;
import io.capacity.store.MetricStore;
import io.capacity.store.forecast.parquet.ForecastParquetImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./capacity import-forecasts}: the Spark job's Parquet output into the store as {@code capacity_forecast}
 * points, as the pipeline writes its forecasts, so Grafana's forecast panels show them (docs/scale-out.md).
 */
@Command(name = "import-forecasts", mixinStandardHelpOptions = true,
        description = {"Import the Spark job's forecasts (its Parquet output: a file, or a directory of part files) "
                + "as capacity_forecast points, laid out as the pipeline writes its own (docs/schema.md).",
                "A file is checked whole first: one that is not the job's output, or with any bad series, writes "
                        + "nothing. On the embedded store each file is one transaction; on InfluxDB batches are "
                        + "stored as they are written. Series the job could not forecast (error rows) are skipped "
                        + "and logged; importing a file again is idempotent."})
public final class ImportForecastsCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ImportForecastsCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The job's --output: a .parquet file or a "
            + "directory of them.")
    List<Path> files;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model tag: the job's --model (default: auto, the job's default).")
    String model;

    @Option(names = "--issued", paramLabel = "TIME", converter = TimeFlags.InstantFlag.class,
            description = "Issue time of the forecasts, e.g. the job's --now: ISO-8601, epoch seconds or relative "
                    + "(-1h) (default: now).")
    Instant issued;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "10000",
            description = "Points per store write (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        String name = model != null ? model : ForecastRequest.DEFAULTS.model();
        ModelOptions.DEFAULTS.spec(name, 1);  // an unknown name is refused before the store is opened
        if (batchSize < 1) {
            throw new UsageError("--batch-size " + batchSize + " is not a number of points; expected 1 or more");
        }
        if (model == null) {
            LOG.info("forecasts tagged model={} (the job's default); {} tags the forecasts of a job run with another "
                    + "model", name, Hints.option("model", "NAME"));
        }
        Instant at = issued != null ? issued : Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
        if (issued == null) {
            LOG.info("forecasts issued at {} (now); {} dates them at the job's run (its --now)", at,
                    Hints.option("issued", "TIME"));
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<ForecastParquetImport.Result> results = new ArrayList<>();
        try (MetricStore s = store.open()) {
            for (Path f : files) {
                ForecastParquetImport.Result r = ForecastParquetImport.run(s, f, name, at, batchSize);
                (r.file().ok() ? out : spec.commandLine().getErr()).println(r.file().report());
                results.add(r);
            }
        }
        long points = results.stream().mapToLong(r -> r.file().pointsWritten()).sum();
        int series = results.stream().mapToInt(ForecastParquetImport.Result::series).sum();
        int skipped = results.stream().mapToInt(r -> r.failed().size()).sum();
        out.printf("imported %d points of %d series from %d output(s) in %.2f s as capacity_forecast, model %s, "
                        + "issued %s%s%n", points, series, files.size(), (System.nanoTime() - start) / 1e9, name, at,
                skipped > 0 ? "; skipped " + skipped + " error rows" : "");
        out.flush();
        return results.stream().allMatch(r -> r.file().ok()) ? 0 : 1;
    }
}
