package io.capacity.service.report;

import io.capacity.app.report.Report;
import io.capacity.app.report.ReportTable;
import io.capacity.service.files.CsvCells;
import java.util.List;

/**
 * Every table of the report as CSV, one block per table: a line {@code # table NAME[,cluster]}, the header, the
 * rows, and an empty line between blocks (RFC 4180 quoting). The first lines say which week and when.
 */
final class ReportCsv {
    private ReportCsv() {
    }

    static String render(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("# capacity report ").append(r.week()).append(", zone ").append(r.zone()).append(", as of ")
                .append(r.asOf()).append(", generated ").append(r.generatedAt()).append('\n');
        for (ReportTable t : r.tables()) {
            out.append('\n').append("# table ").append(t.name()).append('\n');
            line(out, t.columns());
            for (ReportTable.Row row : t.rows()) {
                line(out, row.cells());
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCells.quote(cells.get(i)));
        }
        out.append("\r\n");
    }
}
