package io.capacity.core.model.prophet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prophet's rule for which seasonalities to add by themselves: a cycle is fitted only when the data both resolve it
 * (step shorter than the period) and show it twice (history at least two periods long). Explicit seasonalities of
 * the same name win. Every decision is logged with the way to override it.
 */
final class AutoSeasonality {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSeasonality.class);

    private AutoSeasonality() {
    }

    /** The seasonalities to fit, explicit first, each with its mode resolved against the spec default. */
    static List<Seasonality> resolve(ProphetSpec spec, TimeAxis axis, String seriesId) {
        List<Seasonality> out = new ArrayList<>();
        for (Seasonality s : spec.seasonalities()) {
            out.add(s.mode() == null ? s.withMode(spec.seasonalityMode()) : s);
        }
        if (!spec.autoSeasonality()) {
            return out;
        }
        consider(out, spec, axis, seriesId, Seasonality.daily(spec.dailyOrder()));
        consider(out, spec, axis, seriesId, Seasonality.weekly(spec.weeklyOrder()));
        consider(out, spec, axis, seriesId, Seasonality.yearly(spec.yearlyOrder()));
        return out;
    }

    private static void consider(List<Seasonality> out, ProphetSpec spec, TimeAxis axis, String id, Seasonality s) {
        if (out.stream().anyMatch(e -> e.name().equals(s.name()))) {
            return;
        }
        Duration step = axis.step();
        boolean resolved = step.compareTo(s.period()) < 0;
        boolean seenTwice = axis.spanDays() >= 2 * s.periodDays();
        if (resolved && seenTwice) {
            out.add(s.withPriorScale(spec.seasonalityPriorScale()).withMode(spec.seasonalityMode()));
            LOG.debug("series {}: added {} seasonality of order {} (override: option auto_seasonality=false or an"
                    + " explicit seasonality named '{}')", id, s.name(), s.order(), s.name());
        } else {
            LOG.debug("series {}: no {} seasonality ({}); add one explicitly to force it", id, s.name(),
                    resolved ? "history shorter than two periods" : "step not shorter than the period");
        }
    }
}
