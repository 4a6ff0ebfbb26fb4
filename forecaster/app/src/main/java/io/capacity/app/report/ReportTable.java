package io.capacity.app.report;

import java.util.List;
import java.util.Objects;

/**
 * One table of the report, as every format shows it: the HTML and PDF as a table, the CSV as its rows.
 *
 * @param name    a stable name, the CSV's table column ({@code ranking}, {@code dimensions}, ...)
 * @param columns the header
 * @param rows    the rows, each as long as the header
 */
public record ReportTable(String name, List<String> columns, List<Row> rows) {
    /**
     * One row.
     *
     * @param cells the cells' text, as shown
     * @param tone  the row's colour: {@code ok}, {@code warning}, {@code critical}; null for none
     */
    public record Row(List<String> cells, String tone) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), null);
        }
    }

    public ReportTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row of " + r.cells().size()
                        + " cells under " + columns.size() + " columns");
            }
        }
    }
}
