package io.capacity.app.actions;

import java.time.Duration;
import java.util.Objects;

/**
 * What a plan is worth if followed, over its horizon.
 *
 * @param horizon       the forecast horizon the plan covers
 * @param kwhSaved      IT energy the plan saves against holding today's power state (held minus planned kWh)
 * @param moneyPerWeek  money saved per week: minus the sum of its actions' cost deltas (negative when it costs)
 * @param moneyPerMonth the same per month
 * @param hostsFreed    distinct hosts the plan powers down at some point
 */
public record Efficacy(Duration horizon, double kwhSaved, double moneyPerWeek, double moneyPerMonth,
                       int hostsFreed) {
    public Efficacy {
        Objects.requireNonNull(horizon, "horizon");
        if (!Double.isFinite(kwhSaved) || !Double.isFinite(moneyPerWeek) || !Double.isFinite(moneyPerMonth)) {
            throw new IllegalArgumentException("efficacy figures must be finite, got " + kwhSaved + " kWh, "
                    + moneyPerWeek + " / " + moneyPerMonth);
        }
        if (hostsFreed < 0) {
            throw new IllegalArgumentException("hosts freed must be >= 0, got " + hostsFreed);
        }
    }
}
