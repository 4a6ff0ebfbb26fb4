package io.capacity.store.io;

import io.capacity.schema.Excerpt;

/**
 * Splits one CSV line into cells per RFC 4180: cells are separated by commas; a cell may be enclosed in double
 * quotes, inside which commas are literal and a doubled quote stands for one quote. A quoted cell must end on
 * its line: no column of our convention may contain a line break, and ending records at line breaks keeps one
 * stray quote from swallowing the rest of the file and keeps reported line numbers exact.
 */
final class CsvCells {
    private CsvCells() {
    }

    /**
     * Fills {@code out} with the cells of {@code line} and returns how many cells the line has (which may exceed
     * {@code out.length}; the surplus is counted, not stored).
     */
    static int split(String line, String[] out) throws RowError {
        int n = line.length();
        int i = 0;
        int col = 0;
        while (true) {
            String cell;
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                int p = i + 1;
                while (true) {
                    int q = line.indexOf('"', p);
                    if (q < 0) {
                        throw new RowError("cell " + (col + 1) + ": quoted cell not closed before the end of the line"
                                + " (" + Excerpt.of(line.substring(i)) + "); cells cannot contain line breaks");
                    }
                    sb.append(line, p, q);
                    if (q + 1 < n && line.charAt(q + 1) == '"') {
                        sb.append('"');
                        p = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new RowError("cell " + (col + 1) + ": text after the closing quote ("
                            + Excerpt.of(line.substring(i)) + "); expected a comma");
                }
                cell = sb.toString();
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                int quote = line.indexOf('"', i);
                if (quote >= 0 && quote < end) {
                    throw new RowError("cell " + (col + 1) + ": quote inside an unquoted cell ("
                            + Excerpt.of(line.substring(i, end)) + "); quote the whole cell and double inner quotes");
                }
                cell = line.substring(i, end);
                i = end;
            }
            if (col < out.length) {
                out[col] = cell;
            }
            col++;
            if (i >= n) {
                return col;
            }
            i++; // the comma
        }
    }
}
