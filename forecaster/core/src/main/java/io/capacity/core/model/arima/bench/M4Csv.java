package io.capacity.core.model.arima.bench;

import io.capacity.core.series.TimeSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an M4 training CSV: quoted id in the first column, values after it, empty or NA cells as padding. */
final class M4Csv {
    private M4Csv() {
    }

    static List<TimeSeries> read(Path csv) throws IOException {
        List<TimeSeries> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String id = f[0].replace("\"", "");
            double[] v = new double[f.length - 1];
            int n = 0;
            for (int i = 1; i < f.length; i++) {
                String cell = f[i].replace("\"", "").trim();
                if (!cell.isEmpty() && !cell.equals("NA")) {
                    v[n++] = Double.parseDouble(cell);
                }
            }
            out.add(TimeSeries.of(id, java.util.Arrays.copyOf(v, n)));
        }
        return out;
    }
}
