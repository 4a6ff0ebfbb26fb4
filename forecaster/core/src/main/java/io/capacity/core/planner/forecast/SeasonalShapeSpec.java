package io.capacity.core.planner.forecast;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

/**
 * The last value moved along the average seasonal change of the last {@code days} seasons:
 * {@code y[T] + mean_k (y[T + h - k m] - y[T - k m])}. Persistence follows level shifts at once (a cluster's
 * hourly peak is mostly where it was an hour ago) and the seasonal shape adds the expected rise or fall ahead, so
 * it beats both naive (blind to the morning ramp) and seasonal naive (blind to today's level) on hourly maxima.
 *
 * @param period season length in steps (24 for hourly data)
 * @param days   seasons averaged, at least 1
 */
public record SeasonalShapeSpec(int period, int days) implements ModelSpec {
    public SeasonalShapeSpec {
        if (period < 1 || days < 1) {
            throw new IllegalArgumentException("seasonal shape needs period >= 1 and days >= 1, got " + period
                    + " and " + days);
        }
    }

    @Override
    public String name() {
        return "seasonal-shape";
    }

    @Override
    public FittedModel fit(TimeSeries series) {
        double[] y = series.values();
        if (y.length < period + 2) {
            throw new IllegalArgumentException("seasonal shape with period " + period + " needs at least "
                    + (period + 2) + " values, series " + series.id() + " has " + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series " + series.id() + " has a non-finite value at index " + i
                        + "; fill gaps before fitting");
            }
        }
        return new ShapeModel(this, series, y);
    }

    /** Forecast from origin {@code t} (the last value used), {@code h} steps ahead; NaN without a full season. */
    double point(double[] y, int t, int h) {
        double sum = 0;
        int count = 0;
        for (int k = 1; k <= days; k++) {
            int back = k * period;
            while (back < h) {
                back += period;
            }
            if (t - back < 0) {
                break;
            }
            sum += y[t + h - back] - y[t - back];
            count++;
        }
        return count == 0 ? Double.NaN : y[t] + sum / count;
    }
}
