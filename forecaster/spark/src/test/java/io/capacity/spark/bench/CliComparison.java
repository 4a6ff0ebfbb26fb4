package io.capacity.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * For scripts/bench-spark.sh (not a test): compares the job's Parquet output with {@code ./capacity forecast}'s CSV
 * on the same series. Prints {@code key=value} lines: rows compared, rows whose point or bounds differ at all, the
 * largest absolute and relative difference, series in one output only, and the job's error rows.
 *
 * <p>{@code CliComparison CLI_CSV JOB_PARQUET}; the job's {@code series_id} is the exported key
 * ({@code bench,series=s000001 value}), matched to the CLI's id by its {@code series} tag.
 */
public final class CliComparison {
    private CliComparison() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, double[]> cli = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
            String[] header = in.readLine().split(",");
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split(",");
                double[] v = new double[c.length - 3];
                for (int i = 3; i < c.length; i++) {
                    v[i - 3] = Double.parseDouble(c[i]);
                }
                cli.put(c[0] + "#" + c[2], v);
            }
            if (!header[3].equals("mean")) {
                throw new IllegalStateException("unexpected CLI header " + String.join(",", header));
            }
        }
        SparkSession spark = SparkSession.builder().getOrCreate();
        List<Row> rows = spark.read().parquet(args[1]).collectAsList();
        long compared = 0;
        long differ = 0;
        long errors = 0;
        long missing = 0;
        double maxAbs = 0;
        double maxRel = 0;
        for (Row r : rows) {
            if (!r.isNullAt(r.fieldIndex("error"))) {
                errors++;
            }
            if (r.isNullAt(r.fieldIndex("point"))) {
                continue;
            }
            String key = r.getString(0);
            String id = key.replaceAll(".*series=([^ ,]+).*", "$1");
            double[] want = cli.remove(id + "#" + r.getInt(r.fieldIndex("step")));
            if (want == null) {
                missing++;
                continue;
            }
            compared++;
            boolean same = true;
            for (int i = 0; i < want.length; i++) {
                double got = r.getDouble(3 + i);
                double d = Math.abs(got - want[i]);
                same &= d == 0;
                maxAbs = Math.max(maxAbs, d);
                maxRel = Math.max(maxRel, d / Math.max(Math.abs(want[i]), 1e-12));
            }
            if (!same) {
                differ++;
            }
        }
        spark.stop();
        System.out.println("rows_compared=" + compared);
        System.out.println("rows_differing=" + differ);
        System.out.println("max_abs_diff=" + maxAbs);
        System.out.println("max_rel_diff=" + maxRel);
        System.out.println("only_in_one=" + (missing + cli.size()));
        System.out.println("job_error_rows=" + errors);
    }
}
