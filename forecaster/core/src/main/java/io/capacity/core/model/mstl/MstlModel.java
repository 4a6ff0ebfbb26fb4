package io.capacity.core.model.mstl;

import io.capacity.core.forecast.Residuals;
import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.Quality;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.model.ets.EtsModel;
import io.capacity.core.model.ets.EtsSpec;
import io.capacity.core.model.ets.Trend;
import io.capacity.core.series.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fitted decomposition: the seasonal profiles, continued by phase, added to the adjusted series' ETS forecast
 * and its intervals (the profiles are taken as known, so the intervals are the ETS ones, shifted). On the log
 * scale everything is exponentiated at the end, so the point forecast is the median.
 */
final class MstlModel implements FittedModel {
    private static final Logger LOG = LoggerFactory.getLogger(MstlModel.class);
    private final MstlSpec spec;
    private final TimeSeries series;
    private final List<double[]> profiles;
    private final FittedModel adjusted;
    private final boolean log;

    private MstlModel(MstlSpec spec, TimeSeries series, List<double[]> profiles, FittedModel adjusted, boolean log) {
        this.spec = spec;
        this.series = series;
        this.profiles = profiles;
        this.adjusted = adjusted;
        this.log = log;
    }

    static MstlModel fit(TimeSeries series, MstlSpec spec) {
        return fit(series, spec, new EtsSpec(spec.trend(), 1));
    }

    /** @param ets how the seasonally adjusted series is fitted (non-seasonal ETS, maybe warm-started) */
    static MstlModel fit(TimeSeries series, MstlSpec spec, ModelSpec ets) {
        double[] y = series.values();
        boolean positive = true;
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("mstl needs finite values; fill gaps first (series "
                        + series.id() + ")");
            }
            positive &= v > 0;
        }
        boolean log = spec.log() && positive;
        if (spec.log() && !positive) {
            LOG.debug("series {}: values at or below zero, mstl-log decomposes the raw values (use mstl to say so)",
                    series.id());
        }
        double[] z = log ? java.util.Arrays.stream(y).map(Math::log).toArray() : y;
        List<double[]> profiles = Profiles.estimate(z, spec.periods(), spec.cycles());
        double[] adj = z.clone();
        profiles.forEach(p -> Profiles.subtract(adj, p));
        return new MstlModel(spec, series, profiles, ets.fit(series.withValues(adj)), log);
    }

    private double seasonal(int t) {
        double s = 0;
        for (double[] p : profiles) {
            s += p[t % p.length];
        }
        return s;
    }

    private double[] back(double[] a, int offset) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = a[i] + seasonal(offset + i);
            out[i] = log ? Math.exp(v) : v;
        }
        return out;
    }

    @Override
    public String method() {
        List<Integer> used = profiles.stream().map(p -> p.length).toList();
        return "MSTL" + used + (log ? " log" : "") + " + " + adjusted.method();
    }

    /** The seasonally adjusted series' ETS trend form (never AUTO): a refit with it skips the AICc choice. */
    public Trend trend() {
        return ((EtsModel) adjusted).trend();
    }

    /** The adjusted series' ETS weights, to start the next refit in this form from. */
    @Override
    public Optional<StartValues> startValues() {
        return adjusted.startValues();
    }

    @Override
    public MstlSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        return back(adjusted.fitted(), 0);
    }

    @Override
    public double[] residuals() {
        return Residuals.of(series, fitted());
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        Forecast inner = adjusted.forecast(horizon, levels);
        int n = series.size();
        List<PredictionInterval> pis = new ArrayList<>();
        for (PredictionInterval pi : inner.intervals()) {
            pis.add(new PredictionInterval(pi.level(), back(pi.lower(), n), back(pi.upper(), n)));
        }
        return new Forecast(series.id(), series.timeAt(n), series.step(), back(inner.mean(), n), pis, fitted(),
                residuals(), method(), spec, Quality.ungraded());
    }
}
