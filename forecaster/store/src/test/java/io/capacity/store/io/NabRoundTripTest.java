package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import io.capacity.testkit.SharedInfluxd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All 17 NAB realAWSCloudwatch files imported into each store, exported to CSV and line protocol, give back the
 * same timestamps and values as the original files (read here independently of our readers), and importing them a
 * second time adds nothing.
 */
class NabRoundTripTest {
    private static final DateTimeFormatter NAB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "influxdb"})
    void importThenExportGivesBackEveryTimestampAndValue(String kind) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.dir("nab/realAWSCloudwatch"))) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(17, files.size(), "realAWSCloudwatch should hold 17 files");
        StoreConfig config = kind.equals("embedded") ? StoreConfig.embedded(tmp.resolve("store"))
                : StoreConfig.influx(SharedInfluxd.get().url(), "nab_roundtrip_" + ProcessHandle.current().pid());
        Map<String, TreeMap<Long, Double>> expected = new TreeMap<>();
        try (MetricStore store = Stores.open(config)) {
            long total = 0;
            for (Path f : files) {
                String name = f.getFileName().toString().replace(".csv", "");
                expected.put(name, readOriginal(f));
                total += expected.get(name).size();
                ImportReport r = Importer.importFiles(store, List.of(f),
                        ImportOptions.of(ReadOptions.nab("cloudwatch", "value", Map.of("file", name))));
                assertTrue(r.ok(), r.files().get(0).report());
                if (name.equals("ec2_network_in_5abac7")) {
                    // The embedded store counts replaced values itself; on InfluxDB the reader counts repeated times.
                    assertTrue(r.files().get(0).message().contains(kind.equals("embedded")
                                    ? "4730 rows: 4719 points stored, 11 replaced" : "11 rows repeated the time"),
                            r.files().get(0).message());
                }
            }
            Path csv = tmp.resolve("all.csv");
            Path lp = tmp.resolve("all.lp");
            assertEquals(total, Exporter.export(store, SeriesFilter.all(), ExportFormat.CSV, csv).points());
            assertEquals(total, Exporter.export(store, SeriesFilter.all(), ExportFormat.LP, lp).points());
            assertEquals(expected, readExportedCsv(csv));
            assertEquals(expected, readExportedLineProtocol(lp));

            // Idempotent: the same files again leave exactly the same content.
            Importer.importFiles(store, files.subList(0, 3),
                    ImportOptions.of(ReadOptions.nab("cloudwatch", "value", Map.of("file", "x"))));
            for (Path f : files.subList(0, 3)) {
                String name = f.getFileName().toString().replace(".csv", "");
                Importer.importFiles(store, List.of(f),
                        ImportOptions.of(ReadOptions.nab("cloudwatch", "value", Map.of("file", name))));
            }
            Path again = tmp.resolve("again.csv");
            Exporter.export(store, new SeriesFilter(null, null, null), ExportFormat.CSV, again);
            Map<String, TreeMap<Long, Double>> after = readExportedCsv(again);
            after.remove("x");
            assertEquals(expected, after);
        }
    }

    /**
     * The original file, parsed with plain JDK calls: NAB times are UTC without a zone. Two files repeat
     * 2014-03-09 03:00:00 twelve times (the hour a US clock skipped, logged at 03:00:00): a store keeps one point per
     * series and time, the last written, so that is the expectation; the import report says so.
     */
    private static TreeMap<Long, Double> readOriginal(Path f) throws IOException {
        TreeMap<Long, Double> m = new TreeMap<>();
        List<String> lines = Files.readAllLines(f);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            long t = LocalDateTime.parse(c[0], NAB_TIME).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
            m.put(t, Double.parseDouble(c[1]));
        }
        return m;
    }

    private static Map<String, TreeMap<Long, Double>> readExportedCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("time,measurement,field,value,file", lines.get(0));
        Map<String, TreeMap<Long, Double>> m = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            Instant t = Instant.parse(c[0]);
            m.computeIfAbsent(c[4], k -> new TreeMap<>())
                    .put(t.getEpochSecond() * 1_000_000_000L + t.getNano(), Double.parseDouble(c[3]));
        }
        return m;
    }

    private static Map<String, TreeMap<Long, Double>> readExportedLineProtocol(Path lp) throws IOException {
        Map<String, TreeMap<Long, Double>> m = new TreeMap<>();
        for (String line : Files.readAllLines(lp)) {
            // cloudwatch,file=NAME value=V T  (no escapes needed for these names)
            String[] parts = line.split(" ");
            String file = parts[0].substring(parts[0].indexOf("file=") + 5);
            List<String> kv = new ArrayList<>(List.of(parts[1].split("=")));
            m.computeIfAbsent(file, k -> new TreeMap<>()).put(Long.parseLong(parts[2]), Double.parseDouble(kv.get(1)));
        }
        return m;
    }
}
