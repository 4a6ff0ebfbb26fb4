package io.capacity.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HtmlTableTest {
    @Test
    void writesCaptionHeaderAndRowsWithNumbersFormattedAndTextEscaped() {
        Table t = Table.create("scores <M4>", StringColumn.create("model", "a&b", "snaive"),
                DoubleColumn.create("MASE", 0.85049, Double.NaN), DoubleColumn.create("MAE", 408.31, 1234.56),
                IntColumn.create("failed", 0, 3));
        assertEquals("""
                <table class="capacity">
                <caption>scores &lt;M4&gt;</caption>
                <thead><tr><th>model</th><th>MASE</th><th>MAE</th><th>failed</th></tr></thead>
                <tbody>
                <tr><td>a&amp;b</td><td style="text-align:right">0.850</td><td style="text-align:right">408.3</td>\
                <td style="text-align:right">0</td></tr>
                <tr><td>snaive</td><td style="text-align:right">\u2013</td><td style="text-align:right">1,234.6</td>\
                <td style="text-align:right">3</td></tr>
                </tbody>
                </table>
                """, HtmlTable.of(t));
    }
}
