package io.capacity.planner.demand;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.model.Dimension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When a cluster's plan may act: never on thin evidence. A demand history shorter than two daily seasons, serving
 * hosts with no data (their load is missing from the cluster's demand), or, where the history's length is not
 * known, a flat forecast whose interval has zero width (a constant history of unknown length says nothing of how
 * demand varies; a constant one of two seasons or more is evidence of a constant demand) make the plan hold the
 * current state, graded BAD, with the reason. There is no override: more history, or the missing hosts' metrics, is what gets a plan.
 */
public final class EvidenceRule {
    /** Seasons of history the forecasters need before their seasonal shape and intervals mean anything. */
    public static final int SEASONS = 2;
    /** The plan's season: demand follows the day. */
    public static final Duration SEASON = Duration.ofDays(1);
    /** Hosts named in a reason before "and N more". */
    private static final int NAMED = 10;

    private EvidenceRule() {
    }

    /** The history a plan needs: two daily seasons. */
    public static Duration needed() {
        return SEASON.multipliedBy(SEASONS);
    }

    /**
     * Why the cluster's evidence is too thin to act on, or empty when it is not.
     *
     * @param hosts    the cluster's hosts
     * @param f        its forecasts by dimension
     * @param evidence its history by dimension (a dimension without evidence is judged on its forecast alone)
     * @param level    the interval level the plan sizes for
     */
    public static Optional<String> thin(List<Host> hosts, Map<Dimension, Forecast> f,
                                        Map<Dimension, DemandEvidence> evidence, double level) {
        List<String> why = new ArrayList<>();
        f.keySet().stream().sorted().forEach(d -> {
            String dim = d.name().toLowerCase(Locale.ROOT);
            DemandEvidence e = evidence.get(d);
            if (e != null && e.span().compareTo(needed()) < 0) {
                why.add(dim + " history spans " + words(e.span()) + " (" + e.values() + " value(s) at "
                        + words(e.step()) + " steps); a plan needs at least " + words(needed()) + " ("
                        + SEASONS + " daily seasons)");
            }
            if (e != null) {
                long serving = hosts.stream().filter(h -> h.state() == HostState.ON).count();
                List<String> none = serving(hosts, e.hostsShorterThan(Duration.ofMillis(1)));
                if (!none.isEmpty()) {
                    why.add("no " + dim + " data for " + none.size() + " of " + serving + " serving hosts ("
                            + names(none) + "), so their load is missing from the demand");
                }
                List<String> little = serving(hosts, e.hostsShorterThan(needed()));
                little.removeAll(none);
                // When the whole history is short, that says it already.
                if (!little.isEmpty() && e.span().compareTo(needed()) >= 0) {
                    why.add("under " + words(needed()) + " of " + dim + " data for " + little.size() + " of "
                            + serving + " serving hosts (" + names(little) + ", shortest "
                            + words(little.stream().map(e.hostHistory()::get).min(Duration::compareTo).orElseThrow())
                            + "), so their load is missing from most of the history");
                }
            }
            if (e == null && zeroWidth(f.get(d), level)) {
                why.add("the " + dim + " forecast's " + number(level) + " % interval has zero width"
                        + " (a constant history): no evidence of how demand varies");
            }
        });
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }

    /** A flat forecast whose interval has no width: what a constant history gives. */
    private static boolean zeroWidth(Forecast f, double level) {
        Optional<PredictionInterval> pi = f.interval(level);
        if (pi.isEmpty() || f.horizon() == 0) {
            return false;
        }
        double[] up = pi.get().upper();
        double[] mean = f.mean();
        for (int t = 0; t < up.length; t++) {
            double tol = 1e-9 * Math.max(1, Math.abs(mean[t]));
            if (!(Math.abs(up[t] - mean[t]) <= tol && Math.abs(mean[t] - mean[0]) <= tol)) {
                return false;
            }
        }
        return true;
    }

    /** A duration as a user writes it: 2d, 1d 6h, 1h, 2m, 30s. */
    public static String words(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return "0s";
        }
        List<String> parts = new ArrayList<>();
        long[] size = {86_400, 3_600, 60, 1};
        String[] unit = {"d", "h", "m", "s"};
        for (int i = 0; i < size.length; i++) {
            if (s >= size[i]) {
                parts.add(s / size[i] + unit[i]);
                s %= size[i];
            }
        }
        return String.join(" ", parts);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The serving hosts among {@code ids}, sorted. */
    private static List<String> serving(List<Host> hosts, java.util.Set<String> ids) {
        return new ArrayList<>(hosts.stream().filter(h -> h.state() == HostState.ON).map(Host::id)
                .filter(ids::contains).sorted().toList());
    }

    private static String names(List<String> ids) {
        return ids.size() <= NAMED ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, NAMED)) + " and " + (ids.size() - NAMED) + " more";
    }
}
