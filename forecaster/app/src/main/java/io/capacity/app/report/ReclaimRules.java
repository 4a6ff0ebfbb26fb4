package io.capacity.app.report;

import io.capacity.app.RequestProblem;

/**
 * When a host's CPU over the week counts as idle or as held flat out, in percent of its cores.
 *
 * @param idleMean below this mean ...
 * @param idleP95  ... and this 95th percentile a host is idle (a candidate to power down or consolidate)
 * @param flatMean above this mean ...
 * @param flatSd   ... with a standard deviation below this a host is held flat out: the signature of a crypto-miner
 *                 or a stuck job, which a forecast reads as demand
 */
public record ReclaimRules(double idleMean, double idleP95, double flatMean, double flatSd) {
    /** Idle: mean under 10 % and p95 under 20 %; flat out: mean over 95 % with a standard deviation under 2. */
    public static final ReclaimRules DEFAULTS = new ReclaimRules(10, 20, 95, 2);

    public ReclaimRules {
        percent("idle_mean", idleMean);
        percent("idle_p95", idleP95);
        percent("flat_mean", flatMean);
        if (!(flatSd > 0 && flatSd <= 100)) {
            throw RequestProblem.of("flat_sd", flatSd, "expected a standard deviation above 0 and at most 100");
        }
    }

    public boolean idle(double mean, double p95) {
        return mean < idleMean && p95 < idleP95;
    }

    public boolean flatOut(double mean, double sd) {
        return mean > flatMean && sd < flatSd;
    }

    private static void percent(String key, double v) {
        if (!(v > 0 && v <= 100)) {
            throw RequestProblem.of(key, v, "expected a percentage above 0 and at most 100");
        }
    }
}
