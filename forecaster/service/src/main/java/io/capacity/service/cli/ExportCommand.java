package io.capacity.service.cli;

import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.io.ExportFormat;
import io.capacity.store.io.ExportOptions;
import io.capacity.store.io.ExportResult;
import io.capacity.store.io.Exporter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./capacity export}: a series selection to long CSV or line protocol, re-importable exactly, or to Parquet
 * ({@code series_id, time, value}) for the Spark job.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a series selection (all by default) to long CSV or line protocol; importing the file "
                + "gives back the same timestamps and values. Parquet (series_id, time, value) feeds the Spark job "
                + "(docs/scale-out.md). The file appears only when the export is complete.")
public final class ExportCommand implements Callable<Integer> {
    private static final String PARQUET = "parquet";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "SELECTION", description = Selections.HELP)
    String selection;

    @Option(names = "--format", paramLabel = "csv|lp|parquet",
            description = "Output format (default: lp for .lp/.lp.gz outputs, parquet for .parquet, else csv).")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file (.gz compresses).")
    Path output;

    @Option(names = "--from", paramLabel = "TIME", converter = TimeFlags.InstantFlag.class,
            description = "Earliest time, inclusive: ISO-8601 (2024-01-01T00:00:00Z, 2024-01-01), epoch seconds, or "
                    + "relative to now (-7d, now). Default: the earliest time InfluxDB stores.")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = TimeFlags.InstantFlag.class,
            description = "Latest time, exclusive, written as for --from. Default: after the latest time InfluxDB "
                    + "stores, so every point is exported.")
    Instant to;

    @Override
    public Integer call() {
        boolean parquet = format != null ? format.trim().equalsIgnoreCase(PARQUET)
                : output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + PARQUET);
        ExportFormat fmt = parquet ? null : format != null ? parse(format) : guess(output);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is not before --to "
                    + to + "; expected an earlier --from");
        }
        ExportOptions options = ExportOptions.defaults().withRange(from, to);
        ExportResult r;
        SeriesFilter filter = Selections.parse(selection);
        try (MetricStore s = store.openForReading()) {
            r = parquet ? ParquetExport.write(s, filter, options, output)
                    : Exporter.export(s, filter, fmt, output, options);
        }
        spec.commandLine().getOut().printf("exported %d points of %d series to %s in %.2f s%n", r.points(),
                r.series(), r.output(), r.elapsed().toNanos() / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static ExportFormat parse(String text) {
        try {
            return ExportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError("unknown export format '" + text + "'; expected csv, lp or parquet");
        }
    }

    private static ExportFormat guess(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".lp") || name.endsWith(".lp.gz") ? ExportFormat.LP : ExportFormat.CSV;
    }
}
