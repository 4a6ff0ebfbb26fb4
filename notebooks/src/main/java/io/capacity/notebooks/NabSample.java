package io.capacity.notebooks;

import io.capacity.store.MetricStore;
import io.capacity.store.io.ImportOptions;
import io.capacity.store.io.ImportProgress;
import io.capacity.store.io.ImportReport;
import io.capacity.store.io.Importer;
import io.capacity.store.io.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real server metrics for a notebook to start from: NAB's AWS CloudWatch CPU files (EC2 and RDS, 5-minute,
 * two weeks each) imported into a store as {@code ./capacity import --format nab --measurement cpu --field
 * usage_percent --tag host=ec2-24ae8d --tag source=nab FILE} does, one host tag per file.
 */
public final class NabSample {
    /** The selection that reads them back. */
    public static final String SELECTION = "cpu,source=nab usage_percent";

    private NabSample() {
    }

    /** The first {@code count} CPU files of {@code nabDir}'s realAWSCloudwatch folder, by name. */
    public static List<Path> cpuFiles(Path nabDir, int count) {
        Path dir = nabDir.resolve("realAWSCloudwatch");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder; expected NAB's realAWSCloudwatch folder "
                    + "(../shared/data/nab)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> cpu = files.filter(f -> f.getFileName().toString().contains("_cpu_utilization_"))
                    .sorted().limit(count).toList();
            if (cpu.isEmpty()) {
                throw new IllegalArgumentException(dir + ": no *_cpu_utilization_*.csv file; expected NAB's "
                        + "realAWSCloudwatch folder (../shared/data/nab)");
            }
            return cpu;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** The host tag of a file: {@code ec2_cpu_utilization_24ae8d.csv} is {@code ec2-24ae8d}. */
    public static String host(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return name.replace("_cpu_utilization_", "-");
    }

    /** Imports {@code files} into {@code store}, each tagged with its host and {@code source=nab}. */
    public static ImportReport importCpu(MetricStore store, List<Path> files) {
        return Importer.importFiles(store, files, f -> ImportOptions.of(ReadOptions.nab("cpu", "usage_percent",
                Map.of("host", host(f), "source", "nab"))), ImportProgress.NONE);
    }
}
