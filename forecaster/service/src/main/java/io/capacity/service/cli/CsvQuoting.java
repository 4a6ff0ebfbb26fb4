package io.capacity.service.cli;

/** RFC 4180 quoting for the CSV files the commands write. */
public final class CsvQuoting {
    private CsvQuoting() {
    }

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
