package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --format parquet}: the Spark job's input, read back by DuckDB as another reader would. */
class ParquetExportCliTest {
    @TempDir
    Path dir;

    @Test
    void storedSeriesBecomeSeriesIdTimeValueRowsInKeyAndTimeOrder() throws IOException, SQLException {
        Path lp = Files.writeString(dir.resolve("a.lp"), String.join("\n",
                "cpu,host=b usage_user=2.5 1704067200000000000",
                "cpu,host=a usage_user=1.25 1704070800000000000",
                "cpu,host=a usage_user=0.5 1704067200000000000",
                "net,host=a bytes_recv=7i 1704067200123456000") + "\n");
        Path data = dir.resolve("d");
        assertEquals(0, CliRun.of("import", "--no-progress", "--data-dir", data.toString(), lp.toString())
                .exitCode());
        Path out = dir.resolve("points.parquet");

        CliRun run = CliRun.of("export", "--data-dir", data.toString(), "--format", "parquet", "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("exported 4 points of 3 series to " + out), run.out());
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            ResultSet types = st.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                    + "read_parquet('" + out + "'))");
            List<String> columns = new ArrayList<>();
            while (types.next()) {
                columns.add(types.getString(1) + " " + types.getString(2));
            }
            assertEquals(List.of("series_id VARCHAR", "time TIMESTAMP WITH TIME ZONE", "value DOUBLE"), columns);
            ResultSet rs = st.executeQuery("SELECT series_id, epoch_us(time), value FROM read_parquet('" + out
                    + "')");
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getDouble(3));
            }
        }
        assertEquals(List.of(
                "cpu,host=a usage_user 1704067200000000 0.5",
                "cpu,host=a usage_user 1704070800000000 1.25",
                "cpu,host=b usage_user 1704067200000000 2.5",
                "net,host=a bytes_recv 1704067200123456 7.0"), rows);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aParquetFileNameChoosesParquetAndAnUnknownFormatSaysWhatIsExpected() throws IOException {
        Path lp = Files.writeString(dir.resolve("a.lp"), "cpu usage=1 1704067200000000000\n");
        Path data = dir.resolve("d");
        assertEquals(0, CliRun.of("import", "--no-progress", "--data-dir", data.toString(), lp.toString())
                .exitCode());
        Path out = dir.resolve("guess.parquet");
        CliRun run = CliRun.of("export", "--data-dir", data.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("PAR1", new String(Files.readAllBytes(out), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        CliRun bad = CliRun.of("export", "--data-dir", data.toString(), "--format", "orc", "-o",
                dir.resolve("x.orc").toString());
        assertEquals(CommandLine.ExitCode.USAGE, bad.exitCode());
        assertTrue(bad.err().startsWith("capacity export: error: unknown export format 'orc'; expected csv, lp or "
                + "parquet"), bad.err());
    }
}
