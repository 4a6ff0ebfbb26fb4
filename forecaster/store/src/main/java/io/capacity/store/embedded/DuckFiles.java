package io.capacity.store.embedded;

import io.capacity.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/** Opens the DuckDB file and turns DuckDB's open errors into messages that say which file and what to do. */
final class DuckFiles {
    private DuckFiles() {
    }

    /**
     * Opens the file; for writing it and its directory are created when missing, read-only it must exist (a
     * mistyped directory must not read as an empty store).
     */
    static DuckDBConnection open(Path file, boolean readOnly) {
        Path abs = file.toAbsolutePath();
        if (readOnly) {
            if (!Files.isRegularFile(abs)) {
                throw new StoreException("embedded store: no store in " + abs.getParent() + " (" + abs.getFileName()
                        + (Files.isDirectory(abs.getParent()) ? " is missing" : ": the directory does not exist")
                        + "); check --data-dir or CAPACITY_DATA_DIR, or import data first");
            }
        } else {
            try {
                Files.createDirectories(abs.getParent());
            } catch (IOException e) {
                throw new StoreException("embedded store: cannot create directory " + abs.getParent() + " for " + abs
                        + " (" + e.getMessage() + "); set CAPACITY_DATA_DIR to a writable directory", e);
            }
        }
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        // Never reach out to the network for extensions: the store uses only built-in SQL.
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, props);
        } catch (SQLException e) {
            throw explain(abs, e);
        }
    }

    static StoreException explain(Path file, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
            return new StoreException("embedded store file " + file + " is locked by another process ("
                    + lockHolder(msg) + "); stop that process (another capacity serve/import?) or set "
                    + "CAPACITY_DATA_DIR to a different directory", e);
        }
        if (msg.contains("not a valid DuckDB database file") || msg.contains("Serialization Error")) {
            return new StoreException("embedded store file " + file + " is not a DuckDB database; move it away "
                    + "or set CAPACITY_DATA_DIR to a directory without it, and the store will create a fresh file", e);
        }
        return new StoreException("embedded store file " + file + " cannot be opened: " + oneLine(msg), e);
    }

    private static String lockHolder(String msg) {
        int i = msg.indexOf("Conflicting lock is held in");
        return i < 0 ? "lock held" : oneLine(msg.substring(i)).replaceAll("\\. See also.*", "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
