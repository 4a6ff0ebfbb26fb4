package io.capacity.core.model.prophet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the regressor {@link Columns} for any range of steps, so the fit and every forecast use the same features
 * with the same standardisation. Immutable.
 */
final class Features {
    private final TimeAxis axis;
    private final List<Seasonality> seasonalities;
    private final List<Event> events;
    private final List<ScaledRegressor> regressors;
    private final Mode defaultMode;

    Features(TimeAxis axis, List<Seasonality> seasonalities, List<Event> events, List<ScaledRegressor> regressors,
             Mode defaultMode) {
        this.axis = axis;
        this.seasonalities = List.copyOf(seasonalities);
        this.events = List.copyOf(events);
        this.regressors = List.copyOf(regressors);
        this.defaultMode = defaultMode;
    }

    List<Seasonality> seasonalities() {
        return seasonalities;
    }

    TimeAxis axis() {
        return axis;
    }

    /**
     * Columns for steps {@code [from, to)}. Regressor values past the ones given in the spec come from
     * {@code future}, indexed from the first step after the history.
     */
    Columns build(int from, int to, Map<String, double[]> future) {
        List<double[]> cols = new ArrayList<>();
        List<Double> priors = new ArrayList<>();
        List<Boolean> mult = new ArrayList<>();
        List<String> comp = new ArrayList<>();
        for (Seasonality s : seasonalities) {
            add(cols, priors, mult, comp, FourierBasis.columns(s, axis, from, to), s.priorScale(), s.mode(), s.name());
        }
        for (Event e : events) {
            Mode m = e.mode() == null ? defaultMode : e.mode();
            add(cols, priors, mult, comp, EventColumns.columns(e, axis, from, to), e.priorScale(), m, e.name());
        }
        for (ScaledRegressor r : regressors) {
            double[][] col = {regressorValues(r, from, to, future)};
            add(cols, priors, mult, comp, col, r.regressor().priorScale(), r.mode(), r.name());
        }
        int p = cols.size();
        double[] pr = new double[p];
        boolean[] mu = new boolean[p];
        for (int j = 0; j < p; j++) {
            pr[j] = priors.get(j);
            mu[j] = mult.get(j);
        }
        return new Columns(cols.toArray(new double[0][]), pr, mu, comp.toArray(new String[0]));
    }

    private double[] regressorValues(ScaledRegressor r, int from, int to, Map<String, double[]> future) {
        double[] out = new double[to - from];
        double[] supplied = future.get(r.name());
        for (int i = from; i < to; i++) {
            double raw;
            if (supplied != null && i >= axis.n() && i - axis.n() < supplied.length) {
                raw = supplied[i - axis.n()];
            } else if (i < r.regressor().length()) {
                raw = r.regressor().value(i);
            } else {
                throw new IllegalArgumentException("regressor " + r.name() + " has no value for step " + i
                        + " (history has " + axis.n() + "); supply its future values to forecast(...)");
            }
            out[i - from] = r.scaled(raw);
        }
        return out;
    }

    private static void add(List<double[]> cols, List<Double> priors, List<Boolean> mult, List<String> comp,
                            double[][] block, double prior, Mode mode, String name) {
        for (double[] c : block) {
            cols.add(c);
            priors.add(prior);
            mult.add(mode == Mode.MULTIPLICATIVE);
            comp.add(name);
        }
    }
}
