package io.capacity.service.cli;

import io.capacity.core.time.EpochUnit;
import io.capacity.store.MetricStore;
import io.capacity.store.io.FileResult;
import io.capacity.store.io.Format;
import io.capacity.store.io.ImportOptions;
import io.capacity.store.io.ImportReport;
import io.capacity.store.io.Importer;
import io.capacity.store.io.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./capacity import}: long CSV, NAB-style or line-protocol files into the configured store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files into the store. A file with any bad row writes nothing unless --skip-bad; "
                + "every bad row is reported as file:line: reason (value). Re-importing a file is idempotent.",
                "On the embedded store each file is one transaction (all or nothing, also if the process dies); "
                        + "on InfluxDB batches are stored as they are written.",
                "Formats: csv = long CSV with time,measurement,field,value and tag columns (docs/schema.md); "
                        + "nab = timestamp,value rows of one series given by --measurement/--field/--tag; "
                        + "lp = InfluxDB line protocol."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import (.gz is read transparently).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "csv|nab|lp",
            description = "Format of every file (default: guessed for each file from its name and first line).")
    String format;

    @Option(names = "--skip-bad", description = "Import the good rows of a file that has bad ones (and report them).")
    boolean skipBad;

    @Option(names = "--zone", paramLabel = "ZONE", converter = TimeFlags.ZoneFlag.class,
            description = "Zone of timestamps without an offset, e.g. Europe/Berlin (default: UTC).")
    ZoneId zone;

    @Option(names = {"--epoch-unit", "--precision"}, paramLabel = "auto|s|ms|us|ns",
            description = "Unit of numeric timestamps (default: auto = by magnitude for csv/nab, ns for lp).")
    String epochUnit;

    @Option(names = "--measurement", paramLabel = "M",
            description = "Measurement (nab: required; csv: default; not used for lp).")
    String measurement;

    @Option(names = "--field", paramLabel = "F", description = "Field (nab: required; csv: default; not used for lp).")
    String field;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "Tag added to every point (repeatable).")
    Map<String, String> tags = new LinkedHashMap<>();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "10000",
            description = "Points per store write (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: on).")
    boolean progress;

    @Override
    public Integer call() {
        EpochUnit unit = epochUnit == null ? null : EpochUnit.parse(epochUnit);
        Format given = format == null ? null : Format.parse(format);
        if (given != null) {
            options(given, unit); // a contradiction between the flags is found before the store is opened
        }
        Function<Path, ImportOptions> perFile = file -> options(given != null ? given : Format.detect(file), unit);
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        ImportReport report;
        try (MetricStore s = store.open(); ProgressBars.Bar bar = ProgressBars.bytes("import", progress)) {
            report = Importer.importFiles(s, files, perFile, (file, done, total) -> bar.update(done, total));
        }
        for (FileResult f : report.files()) {
            (f.ok() ? out : spec.commandLine().getErr()).println(f.report());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("imported %d points from %d file(s) in %.2f s (%.0f points/s)%s%n", report.pointsWritten(),
                report.files().size(), seconds, report.pointsWritten() / seconds,
                report.badRows() > 0 ? "; " + report.badRows() + " bad rows" : "");
        out.flush();
        return report.ok() ? 0 : 1;
    }

    // --measurement and --field are defaults for csv and the series of nab; a line-protocol line names its own, so
    // they are not used for a file detected as line protocol (and refused with --format lp).
    private ImportOptions options(Format fmt, EpochUnit unit) {
        boolean lp = fmt == Format.LP && format == null;
        ReadOptions read = new ReadOptions(fmt, zone, unit, lp ? null : measurement, lp ? null : field,
                new java.util.TreeMap<>(tags));
        return ImportOptions.of(read).withSkipBad(skipBad).withBatchSize(batchSize);
    }
}
