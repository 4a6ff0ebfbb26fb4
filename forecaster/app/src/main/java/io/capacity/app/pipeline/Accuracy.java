package io.capacity.app.pipeline;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;

/**
 * One scoring of a stored forecast against the actuals that arrived: the summed absolute error over the in-sample
 * seasonal-naive MAE (so {@code scaledError / steps} is the MASE), and the steps inside each band.
 *
 * @param steps       forecast steps with a finite actual and mean
 * @param scaledError sum of |actual - mean| / scale; NaN when the scale is zero or undefined
 */
record Accuracy(int steps, double scaledError, int inside80, int inside95) {
    static final Accuracy NONE = new Accuracy(0, 0, 0, 0);

    double mase() {
        return steps == 0 ? Double.NaN : scaledError / steps;
    }

    double coverage(double level) {
        return steps == 0 ? Double.NaN : (level == 80 ? inside80 : inside95) / (double) steps;
    }

    Accuracy plus(Accuracy o) {
        return new Accuracy(steps + o.steps, scaledError + o.scaledError, inside80 + o.inside80,
                inside95 + o.inside95);
    }

    /**
     * Scores {@code fc}'s steps at or after {@code from} whose window has closed by {@code now} against
     * {@code actual}; the MASE scale is the seasonal-naive MAE of {@code actual} before {@code from}.
     */
    static Accuracy score(Forecast fc, TimeSeries actual, int season, Instant from, Instant now) {
        Duration step = actual.step();
        long stepNanos = step.toNanos();
        long start = nanos(actual.start());
        double scale = scale(actual, season, (int) Math.min(actual.size(), Math.max(0, (nanos(from) - start)
                / stepNanos)));
        PredictionInterval p80 = fc.interval(80).orElse(null);
        PredictionInterval p95 = fc.interval(95).orElse(null);
        int n = 0;
        int in80 = 0;
        int in95 = 0;
        double err = 0;
        for (int i = 0; i < fc.horizon(); i++) {
            Instant t = fc.timeAt(i);
            if (t.isBefore(from) || t.plus(step).isAfter(now)) {
                continue;
            }
            long offset = nanos(t) - start;
            if (offset < 0 || offset % stepNanos != 0 || offset / stepNanos >= actual.size()) {
                continue;
            }
            double y = actual.value((int) (offset / stepNanos));
            double m = fc.mean(i);
            if (!Double.isFinite(y) || !Double.isFinite(m)) {
                continue;
            }
            n++;
            err += Math.abs(y - m) / scale;
            in80 += p80 != null && y >= p80.lower(i) && y <= p80.upper(i) ? 1 : 0;
            in95 += p95 != null && y >= p95.lower(i) && y <= p95.upper(i) ? 1 : 0;
        }
        return new Accuracy(n, scale > 0 && Double.isFinite(scale) ? err : Double.NaN, in80, in95);
    }

    /** Mean absolute seasonal difference of the first {@code end} values (finite pairs only). */
    static double scale(TimeSeries y, int season, int end) {
        double sum = 0;
        int n = 0;
        for (int i = season; i < end; i++) {
            double d = y.value(i) - y.value(i - season);
            if (Double.isFinite(d)) {
                sum += Math.abs(d);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
