package io.capacity.store.forecast.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.MetricSchema;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreConfig;
import io.capacity.store.io.FileResult;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of a series' rows: a file with one bad series is rejected whole on the real embedded store. */
class ForecastParquetImportTest {
    private static final String KEY = "'cpu,host=a usage_user'";
    private static final String GOOD = "('mem,host=a used_percent', TIMESTAMP '2026-12-04 00:00:00', 1, 1.0, 0.5, "
            + "1.5, 'Naive', 'GOOD', NULL), ('mem,host=a used_percent', TIMESTAMP '2026-12-04 01:00:00', 2, 2.0, 1.5, "
            + "2.5, 'Naive', 'GOOD', NULL)";

    @TempDir
    Path dir;

    /** A file of the job's columns at level 80, holding {@link #GOOD} and {@code rows}. */
    private Path file(String name, String rows) throws Exception {
        Path f = dir.resolve(name + ".parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE f (series_id VARCHAR, time TIMESTAMP, step INTEGER, point DOUBLE, lower_80 "
                    + "DOUBLE, upper_80 DOUBLE, model VARCHAR, grade VARCHAR, error VARCHAR)");
            st.execute("INSERT INTO f VALUES " + GOOD + ", " + rows);
            st.execute("COPY f TO '" + f + "' (FORMAT PARQUET)");
        }
        assertEquals(ForecastColumns.of(80), ForecastParquet.describe(f));
        return f;
    }

    private FileResult rejected(Path f) {
        try (MetricStore s = Stores.open(StoreConfig.embedded(dir.resolve("data")))) {
            FileResult r = ForecastParquetImport.run(s, f, "auto", Instant.EPOCH, 10).file();
            assertEquals(FileResult.Status.REJECTED, r.status(), r.report());
            assertEquals(List.of(), s.series(SeriesFilter.measurement(MetricSchema.FORECAST.name())));
            return r;
        }
    }

    @Test
    void timesOffTheGridRejectTheFile() throws Exception {
        FileResult r = rejected(file("grid", "(" + KEY + ", TIMESTAMP '2026-12-04 00:00:00', 1, 1, 0, 2, 'X', "
                + "'GOOD', NULL), (" + KEY + ", TIMESTAMP '2026-12-04 01:00:00', 2, 1, 0, 2, 'X', 'GOOD', NULL), ("
                + KEY + ", TIMESTAMP '2026-12-04 03:00:00', 3, 1, 0, 2, 'X', 'GOOD', NULL)"));
        assertEquals(dir.resolve("grid.parquet") + ": series cpu,host=a usage_user: step 3 is at "
                + "2026-12-04T03:00:00Z, off the grid of step 1 at 2026-12-04T00:00:00Z and step 2 at "
                + "2026-12-04T01:00:00Z; expected evenly spaced times in step order",
                r.firstBadRows().get(0).toString());
    }

    @Test
    void aStepTwiceRejectsTheFile() throws Exception {
        FileResult r = rejected(file("twice", "(" + KEY + ", TIMESTAMP '2026-12-04 00:00:00', 1, 1, 0, 2, 'X', "
                + "'GOOD', NULL), (" + KEY + ", TIMESTAMP '2026-12-04 00:00:00', 1, 1, 0, 2, 'X', 'GOOD', NULL)"));
        assertTrue(r.firstBadRows().get(0).reason().endsWith("row 2 has step 1 and time 2026-12-04T00:00:00Z; "
                + "expected steps 1 to 2, each once with a time"), r.report());
    }

    @Test
    void anErrorRowBesideForecastRowsRejectsTheFile() throws Exception {
        FileResult r = rejected(file("mixed", "(" + KEY + ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'failed'), ("
                + KEY + ", TIMESTAMP '2026-12-04 00:00:00', 1, 1, 0, 2, 'X', 'GOOD', NULL)"));
        assertTrue(r.firstBadRows().get(0).reason().contains("not the series' one error row"), r.report());
        assertEquals(dir.resolve("mixed.parquet") + ": rejected: 1 bad series, nothing written", r.message());
    }
}
