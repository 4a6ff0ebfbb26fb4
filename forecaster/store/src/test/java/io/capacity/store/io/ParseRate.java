package io.capacity.store.io;

import io.capacity.schema.Point;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Parse-rate measurement (a benchmark program, not a timed test): writes NAB, line-protocol and CSV files of
 * {@code rows} rows to a temp folder and reports rows per second of {@link PointReader} on one thread, best of
 * three runs. Values have up to 5 significant digits as metrics usually do; 17-digit values take the JDK's slower
 * {@code Double.parseDouble} path. Run: {@code java -cp <store classes>:<test classes>:<collectors classes> io.capacity.store.io.ParseRate 5000000}.
 */
public final class ParseRate {
    private ParseRate() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path dir = Files.createTempDirectory("parse-rate");
        try {
            measure("nab", write(dir.resolve("a.csv"), rows, "timestamp,value", i -> nabTime(i) + "," + (i % 100_000) / 1000.0),
                    ReadOptions.nab("cpu", "usage", Map.of("host", "h1")), rows);
            measure("lp", write(dir.resolve("a.lp"), rows, null, i -> "cpu,host=web" + (i % 50) + ",cpu=cpu-total usage_idle="
                    + (i % 100_000) / 1000.0 + " " + (1_700_000_000_000_000_000L + i * 10_000_000_000L)),
                    ReadOptions.of(Format.LP), rows);
            measure("csv", write(dir.resolve("b.csv"), rows, "time,measurement,field,value,host", i -> nabTime(i)
                    + ",cpu,usage_idle," + (i % 100_000) / 1000.0 + ",web" + (i % 50)), ReadOptions.of(Format.CSV), rows);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static String nabTime(long i) {
        long s = i * 300;
        return String.format("%04d-%02d-%02d %02d:%02d:00", 2014 + s / 31_104_000, 1 + s / 2_592_000 % 12,
                1 + s / 86_400 % 28, s / 3600 % 24, s / 60 % 60);
    }

    private static Path write(Path f, int rows, String header, java.util.function.LongFunction<String> line)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            if (header != null) {
                w.write(header);
                w.write('\n');
            }
            for (long i = 0; i < rows; i++) {
                w.write(line.apply(i));
                w.write('\n');
            }
        }
        return f;
    }

    private static void measure(String name, Path file, ReadOptions options, int rows) throws IOException {
        double best = 0;
        for (int run = 0; run < 3; run++) {
            long[] count = {0, 0};
            long t0 = System.nanoTime();
            PointReader.of(options).read(file, new ReadSink() {
                @Override
                public void point(Point point) {
                    count[0]++;
                }

                @Override
                public void bad(BadRow row) {
                    count[1]++;
                }
            });
            double secs = (System.nanoTime() - t0) / 1e9;
            if (count[0] != rows || count[1] != 0) {
                throw new IllegalStateException(name + ": " + count[0] + " points, " + count[1] + " bad");
            }
            best = Math.max(best, rows / secs);
        }
        System.out.printf("%-4s %,d rows, %,.0f MB: %,.0f rows/s%n", name, rows, Files.size(file) / 1e6, best);
    }
}
