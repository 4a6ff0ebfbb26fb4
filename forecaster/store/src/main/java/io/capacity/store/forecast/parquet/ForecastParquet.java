package io.capacity.store.forecast.parquet;

import io.capacity.store.io.BadRow;
import io.capacity.store.io.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the job's Parquet output with DuckDB (in memory, nothing stored): one file, or a directory of part files as
 * Spark writes it ({@code DIR/*.parquet}; {@code _SUCCESS} and checksum files are not Parquet and not read). Rows
 * come ordered by series and step, so one series is in memory at a time.
 */
public final class ForecastParquet {
    private ForecastParquet() {
    }

    /** The columns and types of {@code path} as DuckDB reads them, in file order. */
    public static List<ForecastColumns.Column> describe(Path path) {
        String source = source(path);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            List<ForecastColumns.Column> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new ForecastColumns.Column(rs.getString("column_name"), rs.getString("column_type")));
            }
            return out;
        } catch (SQLException e) {
            throw new ImportException(new BadRow(path.toString(), 0, "cannot read as Parquet (" + firstLine(e)
                    + "); expected the Spark job's output: a .parquet file or a directory of them"));
        }
    }

    /**
     * Reads every series of {@code path} (whose columns {@link ForecastColumns#levels} accepted with {@code levels}),
     * handing each to {@code each} and each problem to {@code bad}; a series with a problem is not handed on.
     */
    static void read(Path path, double[] levels, Consumer<JobSeries> each, Consumer<BadRow> bad) {
        StringBuilder cols = new StringBuilder("series_id, epoch_us(time), step, point");
        for (double l : levels) {
            cols.append(", \"").append(io.capacity.schema.MetricSchema.forecastLowerField(l)).append("\", \"")
                    .append(io.capacity.schema.MetricSchema.forecastUpperField(l)).append('"');
        }
        cols.append(", model, error");
        String sql = "SELECT " + cols + " FROM " + source(path) + " ORDER BY series_id NULLS FIRST, step NULLS FIRST";
        SeriesRows rows = new SeriesRows(path.toString(), levels, each, bad);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs);
            }
            rows.finish();
        } catch (SQLException e) {
            throw new ImportException(new BadRow(path.toString(), 0, "cannot read as Parquet (" + firstLine(e)
                    + ")"));
        }
    }

    /** {@code read_parquet(...)} of a file, or of a directory's {@code .parquet} files. */
    static String source(Path path) {
        if (!Files.exists(path)) {
            throw new ImportException(new BadRow(path.toString(), 0, "no such file or directory"));
        }
        String glob = path.toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                    throw new ImportException(new BadRow(path.toString(), 0, "a directory without .parquet files; "
                            + "expected the Spark job's output directory (part-*.parquet)"));
                }
            } catch (IOException e) {
                throw new ImportException(new BadRow(path.toString(), 0, "cannot read: " + e.getMessage()));
            }
            glob = path.resolve("*.parquet").toString();
        }
        return "read_parquet('" + glob.replace("'", "''") + "')";
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Groups consecutive rows of one series and checks them. */
    private static final class SeriesRows {
        private final String file;
        private final double[] levelValues;
        private final int levels;
        private final Consumer<JobSeries> each;
        private final Consumer<BadRow> bad;
        private String id;
        private final List<Object[]> rows = new ArrayList<>();

        SeriesRows(String file, double[] levels, Consumer<JobSeries> each, Consumer<BadRow> bad) {
            this.file = file;
            this.levelValues = levels;
            this.levels = levels.length;
            this.each = each;
            this.bad = bad;
        }

        void add(ResultSet rs) throws SQLException {
            String next = rs.getString(1);
            if (next == null) {
                bad.accept(new BadRow(file, 0, "a row without a series_id; expected every row to name its series"));
                return;
            }
            if (!next.equals(id)) {
                finish();
                id = next;
            }
            Object[] r = new Object[5 + 2 * levels];
            r[0] = rs.getObject(2);                       // time, epoch microseconds
            r[1] = rs.getObject(3);                       // step
            for (int i = 0; i < 1 + 2 * levels; i++) {
                r[2 + i] = rs.getObject(4 + i);           // point, then lower and upper per level
            }
            r[3 + 2 * levels] = rs.getString(5 + 2 * levels);   // model
            r[4 + 2 * levels] = rs.getString(6 + 2 * levels);   // error
            rows.add(r);
        }

        void finish() {
            if (id != null && !rows.isEmpty()) {
                try {
                    each.accept(SeriesCheck.of(id, rows, levelValues));
                } catch (IllegalArgumentException e) {
                    bad.accept(new BadRow(file, 0, "series " + id + ": " + e.getMessage()));
                }
            }
            rows.clear();
            id = null;
        }
    }
}
