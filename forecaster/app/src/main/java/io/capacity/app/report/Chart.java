package io.capacity.app.report;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import java.util.Objects;

/**
 * A chart of one cluster dimension: the last weeks of demand, the latest stored forecast with its bands, and the
 * usable capacity as a line.
 *
 * @param title    e.g. {@code demo-growing cpu (cores)}
 * @param unit     the dimension's unit
 * @param history  observed demand on the report's step
 * @param forecast the pipeline's latest demand forecast issued by the report's time; null when none is stored
 * @param usable   usable capacity; NaN when not assessed
 */
public record Chart(String title, String unit, TimeSeries history, Forecast forecast, double usable) {
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(history, "history");
    }
}
