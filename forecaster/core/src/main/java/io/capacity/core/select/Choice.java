package io.capacity.core.select;

import io.capacity.core.backtest.SeriesBacktest;
import io.capacity.core.backtest.WindowResult;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * The model to use and its backtest windows (for an ensemble, the members' window forecasts combined).
 *
 * @param weights the ensemble's weights, one per member; null for a single model or a median
 */
record Choice(FittedModel model, List<WindowResult> windows, double[] weights) {

    static Choice ensemble(AutoSpec spec, TimeSeries s, List<FittedModel> fits, List<SeriesBacktest> runs) {
        Ensemble.Kind kind = spec.ensemble().kind();
        double[] weights = null;
        if (kind == Ensemble.Kind.INVERSE_ERROR) {
            weights = new double[runs.size()];
            double total = 0;
            for (int k = 0; k < weights.length; k++) {
                // A perfect backtest (MASE 0 or undefined) must not get an infinite weight.
                double err = runs.get(k).scores().mase();
                weights[k] = 1 / Math.max(Double.isFinite(err) ? err : 1, 1e-6);
                total += weights[k];
            }
            for (int k = 0; k < weights.length; k++) {
                weights[k] /= total;
            }
        }
        Combiner combiner = new Combiner(weights);
        String name = ensembleName(kind);
        EnsembleModel model = new EnsembleModel(fits, combiner, spec, s, name);
        List<WindowResult> windows = new ArrayList<>();
        for (int w = 0; w < runs.get(0).windows().size(); w++) {
            int at = w;
            List<Forecast> fcs = runs.stream().map(r -> r.windows().get(at).forecast()).toList();
            WindowResult first = runs.get(0).windows().get(w);
            windows.add(new WindowResult(first.cutoff(), combiner.combine(fcs, model.method(), spec), first.actual(),
                    first.scale()));
        }
        return new Choice(model, windows, weights);
    }

    static String ensembleName(Ensemble.Kind kind) {
        return kind == Ensemble.Kind.MEDIAN ? "Median" : "Inverse-MASE weighted mean";
    }
}
