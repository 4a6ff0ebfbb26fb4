package io.capacity.bench.pipeline;

import io.capacity.app.StoreAccess;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.ForecastScoring;
import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.SeriesOutcome;
import io.capacity.core.series.TimeSeries;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import io.capacity.store.RegularSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run's stored forecasts scored over their whole horizon by the pipeline's own scoring ({@link ForecastScoring}:
 * MASE on the seasonal-naive scale of the history before the run, 80 and 95 % coverage), once the horizon's actuals
 * are in the store: the mean MASE over series with a finite one, and the coverage over every scored step.
 */
record HorizonScore(int series, double mase, double coverage80, double coverage95) {
    static HorizonScore score(StoreAccess stores, PipelineSettings s, PipelineRun run, Instant issued) {
        ForecastScoring scoring = new ForecastScoring(stores, PipelineState.inMemory(),
                ForecastPipeline.autoSpec(s).name(), s.model().season(), s.horizon(), s.chooseEvery(),
                s.levels().stream().mapToDouble(Double::doubleValue).toArray());
        Instant until = issued.plus(s.step().multipliedBy(s.horizon()));
        List<Point> points = new ArrayList<>();
        for (SeriesOutcome o : run.outcomes()) {
            if (o.status() != SeriesOutcome.Status.FORECAST) {
                continue;
            }
            TimeSeries y = stores.reading(st -> RegularSeries.read(st, o.series(), until.minus(s.history()), until,
                    s.step()));
            scoring.score(o.series(), y, issued, until, (k, p) -> points.addAll(p));
        }
        double mase = 0;
        int n = 0;
        long steps = 0;
        double in80 = 0;
        double in95 = 0;
        for (Point p : points) {
            Number m = p.fields().get(MetricSchema.ACCURACY_FIELD_MASE);
            long k = p.fields().get(MetricSchema.ACCURACY_FIELD_STEPS).longValue();
            if (m != null && Double.isFinite(m.doubleValue())) {
                mase += m.doubleValue();
                n++;
            }
            Number c80 = p.fields().get(MetricSchema.accuracyCoverageField(80));
            Number c95 = p.fields().get(MetricSchema.accuracyCoverageField(95));
            if (c80 != null && c95 != null) {
                in80 += c80.doubleValue() * k;
                in95 += c95.doubleValue() * k;
                steps += k;
            }
        }
        return new HorizonScore(points.size(), n == 0 ? Double.NaN : mase / n, in80 / steps, in95 / steps);
    }

    List<String> lines(String name) {
        return List.of(name + "_scored=" + series, name + "_mase=" + String.format(Locale.ROOT, "%.4f", mase),
                name + "_cov80=" + String.format(Locale.ROOT, "%.4f", coverage80),
                name + "_cov95=" + String.format(Locale.ROOT, "%.4f", coverage95));
    }
}
