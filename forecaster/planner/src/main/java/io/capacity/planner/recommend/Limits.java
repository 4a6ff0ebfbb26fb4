package io.capacity.planner.recommend;

import io.capacity.planner.model.Dimension;

import java.util.List;

/** Limits hosts cannot fix: uplink capacity and the rack/PDU power budget. */
final class Limits {
    private Limits() {
    }

    static void uplink(Situation s, List<Recommendation> out) {
        double[] need = s.uplinkNeed();
        double cap = s.cluster().uplinkCapacityMbps();
        if (need == null || cap <= 0) {
            return;
        }
        int first = -1;
        double peak = 0;
        for (int t = 0; t < need.length; t++) {
            if (need[t] > cap && first < 0) {
                first = t;
            }
            peak = Math.max(peak, need[t]);
        }
        if (first < 0) {
            return;
        }
        out.add(new Recommendation(Kind.UPLINK, String.format("add uplink capacity: %.0f Mbps needed vs %.0f"
                + " Mbps", peak, cap), first, s.timeAt(first), List.of(), Recommender.rationale(s,
                Dimension.BANDWIDTH, 0, "The bandwidth band divided by the target utilisation exceeds the"
                        + " cluster's uplinks from step " + first + "; more hosts do not help."), List.of()));
    }

    static void budget(Situation s, List<Recommendation> out) {
        if (!s.budgetBlocked()) {
            return;
        }
        out.add(new Recommendation(Kind.POWER_BUDGET, String.format("power budget %.0f W keeps needed hosts"
                + " off", s.cluster().powerBudgetWatts()), -1, null, List.of(), Recommender.rationale(s,
                Dimension.POWER, 0, "Powering the hosts the band needs would exceed the rack/PDU budget at the"
                        + " target load; raise the budget or replace old hosts with efficient ones."),
                List.of()));
    }
}
