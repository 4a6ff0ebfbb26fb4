package io.capacity.app.report;

import java.time.Duration;
import java.util.Optional;

/**
 * The report's headline figures.
 *
 * @param clusters          clusters assessed
 * @param atRisk            clusters whose criticality is a warning or critical
 * @param firstFull         the shortest conservative time remaining over the clusters; empty when none runs out
 *                          within the capacity horizon
 * @param firstFullCluster  the cluster it belongs to; null with none
 * @param kwhSavedPerWeek   IT energy the latest plan of each cluster saves per week against holding today's state
 * @param moneySavedPerWeek the money those plans save per week
 * @param recommended       actions in the plans recorded during the week
 * @param approved          of those, actions of plans that were approved
 * @param applied           of those, actions that succeeded
 * @param mase              forecast MASE over the week's scorings of the cluster demand forecasts (steps-weighted);
 *                          NaN with none
 * @param coverage95        share of actuals inside the 95 % bands over the same scorings; NaN with none
 */
public record Kpis(int clusters, int atRisk, Optional<Duration> firstFull, String firstFullCluster,
                   double kwhSavedPerWeek, double moneySavedPerWeek, int recommended, int approved, int applied,
                   double mase, double coverage95) {
    public Kpis {
        firstFull = firstFull == null ? Optional.empty() : firstFull;
    }

    /** Days until the first cluster is full, in whole days rounded down; empty when none is. */
    public Optional<Long> daysUntilFirstFull() {
        return firstFull.map(Duration::toDays);
    }
}
