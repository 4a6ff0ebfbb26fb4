package io.capacity.service.files;

/** RFC 4180 quoting for the CSV files the commands and the report write. */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell as it is, or quoted with its quotes doubled when it holds a comma, quote or line break. */
    public static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < cell.length() && !needs; i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
