package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.model.arima.ArimaModel;
import io.capacity.core.model.arima.ArimaOrder;
import io.capacity.core.model.arima.ArimaRefitSpec;
import io.capacity.core.model.arima.ArimaSpec;
import io.capacity.core.model.arima.AutoArimaSpec;
import io.capacity.core.model.arima.FitMethod;
import io.capacity.core.model.ets.EtsModel;
import io.capacity.core.model.ets.EtsSpec;
import io.capacity.core.model.ets.EtsWarmSpec;
import io.capacity.core.model.ets.Trend;
import io.capacity.core.model.mstl.MstlSpec;
import io.capacity.core.model.mstl.MstlWarmSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a chosen candidate decided on its own when fitted (auto-ARIMA its orders and constant, ETS and MSTL their
 * trend form),
 * as a short text a cached choice keeps, so that refitting it re-estimates the parameters without that search.
 * Forms: {@code arima:p.d.q.P.D.Q.m.c} (c = 1 with a mean or drift), {@code ets:none|additive|damped},
 * {@code mstl:none|additive|damped} (its seasonally adjusted series' ETS), or {@link #NONE} for a candidate that
 * refits as it is (Prophet, Theta, the baselines, and an auto-ARIMA with regressors or Fourier terms). The ARIMA,
 * ETS and MSTL forms also take a warm start ({@link StartValues}: the last estimate in that form) for their optimiser.
 */
public final class MemberForm {
    /** The candidate refits with its own spec. */
    public static final String NONE = "-";
    private static final String ARIMA = "arima:";
    private static final String ETS = "ets:";
    private static final String MSTL = "mstl:";

    private MemberForm() {
    }

    /** The form of a fitted candidate. */
    public static String of(FittedModel fit) {
        if (fit instanceof ArimaModel a && a.spec() instanceof AutoArimaSpec) {
            ArimaSpec s = a.arimaSpec();
            if (s.xreg().count() > 0 || !s.fourier().isEmpty() || s.fixed() != null) {
                return NONE;
            }
            ArimaOrder o = s.order();
            return ARIMA + o.p() + "." + o.d() + "." + o.q() + "." + o.sp() + "." + o.sd() + "." + o.sq() + "."
                    + o.period() + "." + (s.constant() ? 1 : 0);
        }
        if (fit instanceof EtsModel e) {
            return ETS + e.trend().name().toLowerCase(Locale.ROOT);
        }
        if (fit.spec() instanceof MstlSpec && MstlSpec.chosenTrend(fit).isPresent()) {
            return MSTL + MstlSpec.chosenTrend(fit).get().name().toLowerCase(Locale.ROOT);
        }
        return NONE;
    }

    /** The spec that refits {@code candidate} in {@code form}; the candidate itself for {@link #NONE}. */
    public static ModelSpec spec(ModelSpec candidate, String form) {
        return spec(candidate, form, StartValues.NONE);
    }

    /**
     * The spec that refits {@code candidate} in {@code form}, its optimiser started from {@code start} (the last
     * estimate in this form; {@link StartValues#NONE}: cold). ARIMA, ETS and MSTL forms take a start; a candidate
     * refit as its own spec ({@link #NONE}) ignores it.
     */
    public static ModelSpec spec(ModelSpec candidate, String form, StartValues start) {
        if (form.equals(NONE)) {
            return candidate;
        }
        boolean warm = !start.isNone();
        if (form.startsWith(ARIMA) && candidate instanceof AutoArimaSpec search) {
            int[] v = Arrays.stream(form.substring(ARIMA.length()).split("\\.", -1)).mapToInt(Integer::parseInt)
                    .toArray();
            if (v.length != 8) {
                throw new IllegalArgumentException("ARIMA form '" + form + "': expected 8 numbers p.d.q.P.D.Q.m.c");
            }
            ArimaOrder o = ArimaOrder.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            return new ArimaRefitSpec(search, new ArimaSpec(o, v[7] == 1, null, null, null, FitMethod.CSS_ML), start);
        }
        if (form.startsWith(ETS) && candidate instanceof EtsSpec ets) {
            EtsSpec refit = new EtsSpec(trend(form, ETS), ets.season());
            return warm ? new EtsWarmSpec(refit, start) : refit;
        }
        if (form.startsWith(MSTL) && candidate instanceof MstlSpec mstl) {
            MstlSpec refit = mstl.withTrend(trend(form, MSTL));
            return warm ? new MstlWarmSpec(refit, start) : refit;
        }
        throw new IllegalArgumentException("form '" + form + "' does not fit candidate " + candidate.name()
                + "; expected " + NONE + ", " + ARIMA + "p.d.q.P.D.Q.m.c, " + ETS + "TREND or " + MSTL + "TREND");
    }

    private static Trend trend(String form, String prefix) {
        Trend t = Trend.valueOf(form.substring(prefix.length()).toUpperCase(Locale.ROOT));
        if (t == Trend.AUTO) {
            throw new IllegalArgumentException("form '" + form + "': expected a trend of none, additive or damped");
        }
        return t;
    }
}
