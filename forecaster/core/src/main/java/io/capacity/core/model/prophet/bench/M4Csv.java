package io.capacity.core.model.prophet.bench;

import io.capacity.core.series.TimeSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an M4 training file: quoted id, then values, padded with empty cells. */
final class M4Csv {
    private M4Csv() {
    }

    static List<TimeSeries> read(Path file) throws IOException {
        List<TimeSeries> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String id = cells[0].replace("\"", "");
            double[] v = new double[cells.length - 1];
            int k = 0;
            for (int i = 1; i < cells.length; i++) {
                String c = cells[i].replace("\"", "").trim();
                if (!c.isEmpty() && !c.equals("NA")) {
                    v[k++] = Double.parseDouble(c);
                }
            }
            out.add(TimeSeries.of(id, java.util.Arrays.copyOf(v, k)));
        }
        return out;
    }
}
