package io.capacity.service.cli;

import io.capacity.store.forecast.parquet.ForecastColumns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Parquet as the Spark job writes its output, with DuckDB: the columns and types of the import's one list
 * ({@link ForecastColumns}, which forecaster/spark's ForecastJobTest holds the job's real output to), levels 80 and
 * 95. Values are functions of the series' number and the step, so a test can say what it expects.
 */
final class JobParquet {
    static final double[] LEVELS = {80, 95};
    static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
    static final int HORIZON = 24;

    /** One series' rows: a forecast (with {@code error} set: the fallback of a failed model), or an error row. */
    record Series(String id, int n, boolean forecast, String error) {
        static Series forecast(String id, int n) {
            return new Series(id, n, true, null);
        }

        static Series fallback(String id, int n, String error) {
            return new Series(id, n, true, error);
        }

        static Series failed(String id, String error) {
            return new Series(id, 0, false, error);
        }
    }

    private JobParquet() {
    }

    static double point(int n, int step) {
        return 10 * n + step + 0.125;
    }

    static double lower(int n, int step, double level) {
        return point(n, step) - level / 40.0 - 0.5 * step;
    }

    static double upper(int n, int step, double level) {
        return point(n, step) + level / 40.0 + 0.5 * step;
    }

    static Instant time(int step) {
        return START.plus(Duration.ofHours(step - 1));
    }

    /** Writes {@code series} to {@code file} as one Parquet file. */
    static Path write(Path file, List<Series> series) throws SQLException {
        List<ForecastColumns.Column> columns = ForecastColumns.of(LEVELS);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            st.execute("CREATE TABLE f (" + columns.stream().map(col -> "\"" + col.name() + "\" " + col.type())
                    .collect(Collectors.joining(", ")) + ")");
            String marks = columns.stream().map(col -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO f VALUES (" + marks + ")")) {
                for (Series s : series) {
                    for (List<Object> row : rows(s)) {
                        for (int i = 0; i < row.size(); i++) {
                            if (row.get(i) == null) {
                                p.setNull(i + 1, Types.NULL);
                            } else {
                                p.setObject(i + 1, row.get(i));
                            }
                        }
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            st.execute("COPY f TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
        }
        return file;
    }

    private static List<List<Object>> rows(Series s) {
        List<List<Object>> out = new ArrayList<>();
        if (!s.forecast()) {
            List<Object> r = new ArrayList<>(java.util.Collections.nCopies(4 + 2 * LEVELS.length + 3, null));
            r.set(0, s.id());
            r.set(r.size() - 1, s.error());
            out.add(r);
            return out;
        }
        for (int h = 1; h <= HORIZON; h++) {
            List<Object> r = new ArrayList<>();
            r.add(s.id());
            r.add(java.time.LocalDateTime.ofInstant(time(h), java.time.ZoneOffset.UTC));
            r.add(h);
            r.add(point(s.n(), h));
            for (double l : LEVELS) {
                r.add(lower(s.n(), h, l));
                r.add(upper(s.n(), h, l));
            }
            r.add(s.error() == null ? "ARIMA(1,0,1)(0,1,1)[24]" : "SNaive[24]");
            r.add(s.error() == null ? "GOOD" : "BAD");
            r.add(s.error());
            out.add(r);
        }
        return out;
    }
}
