package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.series.TimeSeries;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;

/**
 * The chosen model behind the automatic choice, with its conformal calibration, bounds and grade applied to every
 * forecast. Fitted values cover the caller's series: NaN for leading values the gap filler trimmed; residuals are
 * NaN wherever the caller's value was missing.
 */
public final class AutoModel implements FittedModel {
    private final AutoSpec spec;
    private final TimeSeries input;
    private final FittedModel model;
    private final Conformal conformal;
    private final Selection selection;
    private final ChosenSpec chosen;
    private final List<StartValues> starts;

    AutoModel(AutoSpec spec, TimeSeries input, FittedModel model, Conformal conformal, Selection selection) {
        this(spec, input, model, conformal, selection, null, List.of());
    }

    AutoModel(AutoSpec spec, TimeSeries input, FittedModel model, Conformal conformal, Selection selection,
              ChosenSpec chosen) {
        this(spec, input, model, conformal, selection, chosen, List.of());
    }

    /** @param starts one per member of {@code chosen}: where its next refit may start ({@link ChosenSpec#fit}) */
    AutoModel(AutoSpec spec, TimeSeries input, FittedModel model, Conformal conformal, Selection selection,
              ChosenSpec chosen, List<StartValues> starts) {
        this.chosen = chosen;
        this.starts = List.copyOf(starts);
        this.spec = spec;
        this.input = input;
        this.model = model;
        this.conformal = conformal;
        this.selection = selection;
    }

    public Selection selection() {
        return selection;
    }

    /**
     * The choice made, as a spec that refits the chosen model(s) without backtesting again (a constant history's is
     * {@link ChosenSpec#FLAT}); empty when the choice fell back otherwise (too short, every candidate failed).
     */
    public Optional<ChosenSpec> chosen() {
        return Optional.ofNullable(chosen);
    }

    /**
     * Where each chosen member's next refit may start its optimiser ({@link ChosenSpec#fit(TimeSeries, List)}), one
     * per member, {@link StartValues#NONE} for a member without one; empty for a fallback, or a choice whose members
     * take no start.
     */
    public List<StartValues> starts() {
        return starts;
    }

    @Override
    public String method() {
        return model.method() + (conformal == null ? "" : " + conformal intervals");
    }

    @Override
    public AutoSpec spec() {
        return spec;
    }

    @Override
    public double[] fitted() {
        double[] inner = model.fitted();
        double[] out = new double[input.size()];
        int lead = out.length - inner.length;
        Arrays.fill(out, 0, lead, Double.NaN);
        System.arraycopy(inner, 0, out, lead, inner.length);
        return out;
    }

    @Override
    public double[] residuals() {
        double[] f = fitted();
        for (int i = 0; i < f.length; i++) {
            f[i] = input.value(i) - f[i];
        }
        return f;
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        FittedModel.requireHorizon(horizon);
        // The calibration reads the model's 95 % interval as its scale, so it is always computed.
        double[] withScale = DoubleStream.concat(Arrays.stream(levels), DoubleStream.of(95)).distinct().toArray();
        Forecast raw = model.forecast(horizon, withScale);
        Forecast calibrated = conformal == null ? raw : conformal.apply(raw);
        List<PredictionInterval> asked = calibrated.intervals().stream()
                .filter(pi -> Arrays.stream(levels).anyMatch(l -> l == pi.level())).toList();
        // The choice itself is the spec a reader needs (its backtest MASE and calibration); a fallback has none.
        Forecast out = new Forecast(input.id(), raw.start(), raw.step(), raw.mean(), asked, fitted(), residuals(),
                method(), chosen != null ? chosen : spec, selection.quality());
        return spec.bounds().clip(out);
    }
}
