package io.capacity.notebooks;

import java.util.Locale;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML {@code <table>} for a notebook's output: its name as the caption, numbers right-aligned
 * with three decimals (one from 100 on, none for whole numbers), a missing or non-finite number as an en dash, text
 * escaped.
 */
public final class HtmlTable {
    private static final String DASH = "\u2013";

    private HtmlTable() {
    }

    public static String of(Table t) {
        StringBuilder h = new StringBuilder("<table class=\"capacity\">\n<caption>").append(escape(t.name()))
                .append("</caption>\n<thead><tr>");
        for (Column<?> c : t.columns()) {
            h.append("<th>").append(escape(c.name())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : t) {
            h.append("<tr>");
            for (Column<?> c : t.columns()) {
                Object v = c.get(r.getRowNumber());
                if (c instanceof NumericColumn<?>) {
                    h.append("<td style=\"text-align:right\">").append(v == null ? DASH : number((Number) v));
                } else {
                    h.append("<td>").append(escape(v == null ? "" : v.toString()));
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody>\n</table>\n").toString();
    }

    static String number(Number n) {
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return DASH;
        }
        if (n instanceof Integer || n instanceof Long || n instanceof Short) {
            return Long.toString(n.longValue());
        }
        return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.1f" : "%.3f", d);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
