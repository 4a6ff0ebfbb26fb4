package io.capacity.service.cli;

import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes forecasts as {@code series_id,[timestamp,]step,mean,lower_80,upper_80,...}, one row per series and step,
 * through a temporary file renamed at the end, so a failed run leaves no half-written output.
 */
final class ForecastCsv {
    private ForecastCsv() {
    }

    static void write(Path output, List<SeriesForecast> results, double[] levels, boolean timestamps)
            throws IOException {
        OutputFiles.write(output, w -> {
            w.write("series_id" + (timestamps ? ",timestamp" : "") + ",step,mean");
            for (double l : levels) {
                String n = l == Math.rint(l) ? Long.toString((long) l) : Double.toString(l);
                w.write(",lower_" + n + ",upper_" + n);
            }
            w.newLine();
            for (SeriesForecast r : results) {
                if (r.forecast() != null) {
                    rows(w, r.forecast(), levels, timestamps);
                }
            }
        });
    }

    private static void rows(BufferedWriter w, Forecast fc, double[] levels, boolean timestamps) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        for (int h = 0; h < fc.horizon(); h++) {
            sb.setLength(0);
            sb.append(CsvQuoting.quote(fc.seriesId()));
            if (timestamps) {
                sb.append(',').append(fc.timeAt(h) == null ? "" : fc.timeAt(h).toString());
            }
            sb.append(',').append(h + 1).append(',').append(fc.mean(h));
            for (double l : levels) {
                PredictionInterval pi = fc.interval(l).orElseThrow();
                sb.append(',').append(pi.lower(h)).append(',').append(pi.upper(h));
            }
            w.write(sb.toString());
            w.newLine();
        }
    }
}
